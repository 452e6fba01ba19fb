using Huiyin.Sla.Contracts;
using Huiyin.Sla.Persistence;
using MediatR;
using Microsoft.EntityFrameworkCore;

namespace Huiyin.Sla.Features.Clocks;

internal sealed class GetItemClockEventsHandler(SlaDbContext db) : IRequestHandler<GetItemClockEvents, IReadOnlyList<ClockEventRecord>>
{
    public async Task<IReadOnlyList<ClockEventRecord>> Handle(GetItemClockEvents request, CancellationToken cancellationToken)
    {
        var events = await (from e in db.ClockEvents.AsNoTracking()
                            join c in db.Clocks.AsNoTracking() on e.ClockId equals c.Id
                            where c.ItemType == request.ItemType && c.ItemId == request.ItemId
                            orderby e.Id
                            select new { c.Metric, Event = e })
            .ToListAsync(cancellationToken);
        return events.Select(x => new ClockEventRecord(x.Metric, x.Event.Kind, x.Event.At, x.Event.Level, x.Event.DueAt, x.Event.Cause)).ToList();
    }
}
