using Huiyin.Facilities.Contracts;
using Huiyin.Facilities.Domain;
using Huiyin.Facilities.Persistence;
using MediatR;
using Microsoft.EntityFrameworkCore;

namespace Huiyin.Facilities.Features.Outages;

/// <summary>Answers other modules' <see cref="GetOutagesAffectingUnit"/>: every intake from a unit asks, so it reads the in-force outages' units by index.</summary>
internal sealed class GetOutagesAffectingUnitHandler(FacilitiesDbContext db, TimeProvider clock) : IRequestHandler<GetOutagesAffectingUnit, IReadOnlyList<OutageInForce>>
{
    public async Task<IReadOnlyList<OutageInForce>> Handle(GetOutagesAffectingUnit request, CancellationToken cancellationToken)
    {
        var unit = new UnitId(request.UnitId);
        var now = clock.GetUtcNow();
        var outages = await db.Outages.AsNoTracking()
            .Where(o => o.RestoredAt == null && o.StartedAt <= now && db.OutageUnits.Any(u => u.OutageId == o.Id && u.UnitId == unit))
            .OrderBy(o => o.StartedAt).ToListAsync(cancellationToken);
        return outages.Select(o => new OutageInForce(o.Id.Value, o.Kind.ToString(), o.Title)).ToList();
    }
}
