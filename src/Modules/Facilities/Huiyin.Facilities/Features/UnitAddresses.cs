using Huiyin.Facilities.Contracts;
using Huiyin.Facilities.Domain;
using Huiyin.Facilities.Persistence;
using MediatR;
using Microsoft.EntityFrameworkCore;

namespace Huiyin.Facilities.Features;

/// <summary>Answers other modules' questions about units: the address to show instead of an id, and who owns and lives in each.</summary>
internal sealed class UnitAddresses(FacilitiesDbContext db) : IRequestHandler<GetUnitAddress, UnitAddress?>, IRequestHandler<GetUnitsAddresses, IReadOnlyList<UnitAddress>>
{
    public async Task<UnitAddress?> Handle(GetUnitAddress request, CancellationToken cancellationToken) =>
        (await AddressesAsync([request.UnitId], cancellationToken)).SingleOrDefault();

    public Task<IReadOnlyList<UnitAddress>> Handle(GetUnitsAddresses request, CancellationToken cancellationToken) =>
        AddressesAsync(request.UnitIds.Distinct().Take(GetUnitsAddresses.MostUnits).ToList(), cancellationToken);

    private async Task<IReadOnlyList<UnitAddress>> AddressesAsync(IReadOnlyList<Guid> ids, CancellationToken cancellationToken)
    {
        var unitIds = ids.Select(id => new UnitId(id)).ToList();
        var found = await db.Units.AsNoTracking()
            .Where(u => unitIds.Contains(u.Id))
            .Join(db.Buildings, u => u.BuildingId, b => b.Id, (u, b) => new { Unit = u, BuildingName = b.Name })
            .Join(db.Sites, x => x.Unit.SiteId, s => s.Id, (x, s) => new { x.Unit, x.BuildingName, SiteName = s.Name })
            .ToListAsync(cancellationToken);
        return found.Select(x => new UnitAddress(x.Unit.Id.Value, x.Unit.Label, x.Unit.FullNumber, x.Unit.SiteId.Value, x.SiteName, x.Unit.BuildingId.Value,
            x.BuildingName, x.Unit.Current(OccupancyRole.Owner).ToList(), x.Unit.Current(OccupancyRole.Occupant).ToList())).ToList();
    }
}
