using Huiyin.BuildingBlocks.Results;
using Huiyin.Facilities.Domain;
using Huiyin.Facilities.Persistence;
using Microsoft.EntityFrameworkCore;

namespace Huiyin.Facilities.Features.Shared;

/// <summary>
/// Resolves what an outage or a notice is said to cover (a site, buildings, floors, units) into the units it affects and the labels that
/// name it; an id that names nothing is a 400 on its field.
/// </summary>
internal sealed class AffectedUnits(FacilitiesDbContext db)
{
    public async Task<Result<UnitScope>> ResolveAsync(
        Guid? siteId, IReadOnlyList<Guid> buildingIds, IReadOnlyList<BuildingFloor> floors, IReadOnlyList<Guid> unitIds, CancellationToken cancellationToken)
    {
        var namedBuildings = buildingIds.Concat(floors.Select(f => f.BuildingId)).Distinct().Select(id => new BuildingId(id)).ToList();
        var buildings = await db.Buildings.AsNoTracking().Where(b => namedBuildings.Contains(b.Id)).ToDictionaryAsync(b => b.Id.Value, cancellationToken);
        if (!buildingIds.All(buildings.ContainsKey))
        {
            return Error.Validation("unknown_building", "buildingIds", "Some of these buildings do not exist.");
        }

        if (floors.Any(f => !buildings.ContainsKey(f.BuildingId)))
        {
            return Error.Validation("unknown_building", "floors", "A floor names a building that does not exist.");
        }

        var namedSites = buildings.Values.Select(b => b.SiteId).Append(new SiteId(siteId ?? Guid.Empty)).Distinct().ToList();
        var sites = await db.Sites.AsNoTracking().Where(s => namedSites.Contains(s.Id)).ToDictionaryAsync(s => s.Id.Value, s => s.Name, cancellationToken);
        if (siteId is { } site && !sites.ContainsKey(site))
        {
            return Error.Validation("unknown_site", "siteId", "There is no site with this id.");
        }

        var units = await UnitsAsync(siteId, buildingIds, floors, unitIds, cancellationToken);
        var namedUnits = units.Where(u => unitIds.Contains(u.Id.Value)).ToList();
        if (namedUnits.Count != unitIds.Count)
        {
            return Error.Validation("unknown_unit", "unitIds", "Some of these units do not exist.");
        }

        string BuildingLabel(Guid id) => $"{sites[buildings[id].SiteId.Value]} {buildings[id].Name}";
        var chosenSites = siteId is { } chosen ? new[] { chosen } : [];
        var labels = chosenSites.Select(id => sites[id])
            .Concat(buildingIds.Select(BuildingLabel))
            .Concat(floors.Select(f => $"{BuildingLabel(f.BuildingId)} {f.Floor}层"))
            .Concat(namedUnits.Select(u => u.Label))
            .ToList();
        return new UnitScope(
            units.Select(u => u.SiteId.Value).Concat(chosenSites).Distinct().ToList(),
            units.Select(u => u.BuildingId.Value).Concat(buildingIds).Distinct().ToList(),
            units.Select(u => u.Id).ToList(),
            labels);
    }

    private async Task<List<AffectedUnit>> UnitsAsync(
        Guid? siteId, IReadOnlyList<Guid> buildingIds, IReadOnlyList<BuildingFloor> floors, IReadOnlyList<Guid> unitIds, CancellationToken cancellationToken)
    {
        var sites = siteId is { } site ? new List<SiteId> { new(site) } : [];
        var buildings = buildingIds.Concat(floors.Select(f => f.BuildingId)).Select(id => new BuildingId(id)).ToList();
        var units = unitIds.Select(id => new UnitId(id)).ToList();
        var candidates = await db.Units.AsNoTracking().IgnoreAutoIncludes()
            .Where(u => sites.Contains(u.SiteId) || buildings.Contains(u.BuildingId) || units.Contains(u.Id))
            .Select(u => new AffectedUnit(u.Id, u.SiteId, u.BuildingId, u.Floor, u.Label))
            .ToListAsync(cancellationToken);
        return candidates.Where(u => u.SiteId.Value == siteId || buildingIds.Contains(u.BuildingId.Value)
                || floors.Contains(new BuildingFloor(u.BuildingId.Value, u.Floor)) || unitIds.Contains(u.Id.Value))
            .ToList();
    }

    private sealed record AffectedUnit(UnitId Id, SiteId SiteId, BuildingId BuildingId, int Floor, string Label);
}

/// <summary>A floor of a building, as the scope of an outage or a notice.</summary>
internal sealed record BuildingFloor(Guid BuildingId, int Floor);
