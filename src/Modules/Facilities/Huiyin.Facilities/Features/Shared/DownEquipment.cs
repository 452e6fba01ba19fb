using Huiyin.Facilities.Domain;
using Huiyin.Facilities.Persistence;
using Microsoft.EntityFrameworkCore;

namespace Huiyin.Facilities.Features.Shared;

/// <summary>
/// Equipment that is down and serves units: equipment serves a unit when it is in the unit, or (not being in a unit) in the
/// unit's building, or (in neither) on its site.
/// </summary>
internal static class DownEquipment
{
    /// <summary>The down equipment that serves some unit of the building: in it (a unit, a public area, the building itself) or site-wide.</summary>
    public static async Task<IReadOnlyList<Domain.Equipment>> DownInBuildingAsync(this FacilitiesDbContext db, SiteId siteId, BuildingId buildingId,
        CancellationToken cancellationToken) =>
        await db.Equipment.AsNoTracking()
            .Where(e => e.Status == EquipmentStatus.Down)
            .Where(e => e.BuildingId == buildingId || (e.BuildingId == null && e.SiteId == siteId))
            .OrderBy(e => e.Name)
            .ToListAsync(cancellationToken);

    /// <summary>Of the building's down equipment, what serves this unit, since when and why.</summary>
    public static IReadOnlyList<DownEquipmentResponse> Serving(this IReadOnlyList<Domain.Equipment> down, UnitId unitId) =>
        down.Where(e => e.UnitId is null || e.UnitId == unitId).Select(DownSince).ToList();

    private static DownEquipmentResponse DownSince(Domain.Equipment equipment)
    {
        var open = equipment.Downtimes.Single(d => d.EndedAt is null);
        return new DownEquipmentResponse(equipment.Id.Value, equipment.Name, equipment.Type, open.StartedAt, open.Reason);
    }
}
