using Huiyin.Facilities.Domain;

namespace Huiyin.Facilities.Features.Shared;

/// <summary>A customer's time in a unit: current while <c>movedOutAt</c> is null.</summary>
internal sealed record OccupancyResponse(Guid CustomerId, OccupancyRole Role, DateTimeOffset MovedInAt, DateTimeOffset? MovedOutAt);

/// <summary>Equipment that serves the unit (in it, or in its building or site) and is down, since when and why.</summary>
internal sealed record DownEquipmentResponse(Guid Id, string Name, EquipmentType Type, DateTimeOffset DownSince, string? Reason);

/// <summary>
/// A unit: <c>occupants</c> are who owns it and lives in it now, <c>history</c> every move in and out (newest first).
/// <c>equipmentDown</c> is given on a single unit, not in lists.
/// </summary>
internal sealed record UnitResponse(
    Guid Id,
    Guid SiteId,
    Guid BuildingId,
    string? Entrance,
    int Floor,
    string Number,
    string FullNumber,
    string Label,
    decimal? AreaSquareMetres,
    bool Vacant,
    IReadOnlyList<OccupancyResponse> Occupants,
    IReadOnlyList<OccupancyResponse> History,
    IReadOnlyList<DownEquipmentResponse>? EquipmentDown,
    DateTimeOffset CreatedAt,
    DateTimeOffset UpdatedAt);

internal static class UnitResponses
{
    public static UnitResponse From(Unit unit, IReadOnlyList<DownEquipmentResponse>? equipmentDown = null)
    {
        var history = unit.Occupancies.OrderByDescending(o => o.MovedOutAt ?? o.MovedInAt).ThenByDescending(o => o.Id)
            .Select(o => new OccupancyResponse(o.CustomerId, o.Role, o.MovedInAt, o.MovedOutAt)).ToList();
        return new UnitResponse(unit.Id.Value, unit.SiteId.Value, unit.BuildingId.Value, unit.Entrance, unit.Floor, unit.Number, unit.FullNumber, unit.Label,
            unit.AreaSquareMetres, unit.Vacant, history.Where(o => o.MovedOutAt is null).ToList(), history, equipmentDown, unit.CreatedAt, unit.UpdatedAt);
    }
}
