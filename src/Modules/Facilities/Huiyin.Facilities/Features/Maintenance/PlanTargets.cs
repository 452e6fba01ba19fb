using Huiyin.BuildingBlocks.Results;
using Huiyin.Facilities.Domain;
using Huiyin.Facilities.Domain.Maintenance;
using Huiyin.Facilities.Persistence;
using Microsoft.EntityFrameworkCore;

namespace Huiyin.Facilities.Features.Maintenance;

/// <summary>Names what a plan maintains as its work orders will: the equipment and where it stands, or the place; an unknown id is a 400 on its field.</summary>
internal sealed class PlanTargets(FacilitiesDbContext db)
{
    public async Task<Result<PlanTarget>> ResolveAsync(Guid? equipmentId, Guid? locationId, CancellationToken cancellationToken)
    {
        string? equipmentName = null;
        if (equipmentId is { } equipmentKey)
        {
            var equipment = await db.Equipment.AsNoTracking().SingleOrDefaultAsync(e => e.Id == new EquipmentId(equipmentKey), cancellationToken);
            if (equipment is null)
            {
                return Error.Validation("unknown_equipment", "equipmentId", "There is no equipment with this id.");
            }

            equipmentName = equipment.Name;
            locationId ??= equipment.UnitId?.Value ?? equipment.AreaId?.Value ?? equipment.BuildingId?.Value ?? equipment.SiteId.Value;
        }

        var place = await PlaceAsync(locationId!.Value, cancellationToken);
        if (place is null)
        {
            return Error.Validation("unknown_location", "locationId", "There is no site, building, public area or unit with this id.");
        }

        var label = equipmentName is null ? place.Value.Label : $"{place.Value.Label} {equipmentName}";
        return new PlanTarget(equipmentId, locationId, label, place.Value.UnitId);
    }

    private async Task<(string Label, Guid? UnitId)?> PlaceAsync(Guid id, CancellationToken cancellationToken)
    {
        if (await db.Units.AsNoTracking().IgnoreAutoIncludes().Where(u => u.Id == new UnitId(id)).Select(u => u.Label).SingleOrDefaultAsync(cancellationToken) is { } unit)
        {
            return (unit, id);
        }

        var named = await db.Areas.Where(a => a.Id == new AreaId(id)).Join(db.Sites, a => a.SiteId, s => s.Id, (a, s) => s.Name + " " + a.Name).SingleOrDefaultAsync(cancellationToken)
            ?? await db.Buildings.Where(b => b.Id == new BuildingId(id)).Join(db.Sites, b => b.SiteId, s => s.Id, (b, s) => s.Name + " " + b.Name).SingleOrDefaultAsync(cancellationToken)
            ?? await db.Sites.Where(s => s.Id == new SiteId(id)).Select(s => s.Name).SingleOrDefaultAsync(cancellationToken);
        return named is null ? null : (named, null);
    }
}
