namespace Huiyin.Facilities.Domain;

/// <summary>The kinds of public area (公共区域) a site or building has.</summary>
internal enum AreaKind
{
    Lobby,
    CarPark,
    Garden,
    PlantRoom,
    Corridor,
    Stairwell,
    Roof,
    Clubhouse,
    Playground,
    Other,
}

/// <summary>How a customer holds a unit: its owner (业主) or someone living or working in it (住户、租户).</summary>
internal enum OccupancyRole
{
    Owner,
    Occupant,
}

internal enum EquipmentType
{
    Lift,
    Boiler,
    Pump,
    Transformer,
    FireSystem,
    Cctv,
    Gate,
    Other,
}

internal enum EquipmentStatus
{
    Up,
    Down,
}
