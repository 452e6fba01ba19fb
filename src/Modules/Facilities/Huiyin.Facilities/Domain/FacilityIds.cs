namespace Huiyin.Facilities.Domain;

internal readonly record struct SiteId(Guid Value)
{
    public static SiteId New() => new(Guid.CreateVersion7());
}

internal readonly record struct BuildingId(Guid Value)
{
    public static BuildingId New() => new(Guid.CreateVersion7());
}

internal readonly record struct UnitId(Guid Value)
{
    public static UnitId New() => new(Guid.CreateVersion7());
}

internal readonly record struct AreaId(Guid Value)
{
    public static AreaId New() => new(Guid.CreateVersion7());
}

internal readonly record struct EquipmentId(Guid Value)
{
    public static EquipmentId New() => new(Guid.CreateVersion7());
}

internal readonly record struct ChecklistId(Guid Value)
{
    public static ChecklistId New() => new(Guid.CreateVersion7());
}

internal readonly record struct RoundId(Guid Value)
{
    public static RoundId New() => new(Guid.CreateVersion7());
}
