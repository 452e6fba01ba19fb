using Huiyin.Sla.Contracts;
using Huiyin.Sla.Domain.Clocks;
using Huiyin.Sla.Persistence;
using MediatR;
using Microsoft.EntityFrameworkCore;

namespace Huiyin.Sla.Features.Clocks;

internal sealed class GetItemClocksHandler(SlaDbContext db) : IRequestHandler<GetItemClocks, IReadOnlyList<ClockView>>
{
    public async Task<IReadOnlyList<ClockView>> Handle(GetItemClocks request, CancellationToken cancellationToken)
    {
        var clocks = await db.Clocks.AsNoTracking()
            .Where(c => c.ItemType == request.ItemType && c.ItemId == request.ItemId)
            .OrderBy(c => c.Metric)
            .ToListAsync(cancellationToken);
        return clocks.Select(ToView).ToList();
    }

    public static ClockView ToView(SlaClock c) =>
        new(c.Id, c.Metric, c.Status, c.PolicyId, c.PolicyName, c.Explanation, c.StartedAt, c.DueAt, c.WarnAt,
            c.WarnedAt, c.BreachedAt, c.EverBreached, c.EscalationLevel, c.FulfilledAt);
}
