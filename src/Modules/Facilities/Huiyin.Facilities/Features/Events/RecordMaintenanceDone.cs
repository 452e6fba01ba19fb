using Huiyin.BuildingBlocks.Outbox;
using Huiyin.BuildingBlocks.Time;
using Huiyin.Facilities.Persistence;
using Huiyin.Tickets.Contracts;
using Microsoft.EntityFrameworkCore;

namespace Huiyin.Facilities.Features.Events;

/// <summary>A maintenance work order resolved: its occurrence is done that day at the desk, on time or late (the first resolution counts).</summary>
internal sealed class RecordMaintenanceDone(FacilitiesDbContext db, DeskTime desk, TimeProvider clock) : IdempotentEventHandler<TicketResolved, FacilitiesDbContext>(db, clock)
{
    protected override Task<bool> ConcernsAsync(TicketResolved integrationEvent, CancellationToken cancellationToken) =>
        Db.MaintenanceOccurrences.AnyAsync(o => o.TicketId == integrationEvent.TicketId, cancellationToken);

    protected override async Task HandleOnceAsync(TicketResolved integrationEvent, CancellationToken cancellationToken)
    {
        var occurrence = await Db.MaintenanceOccurrences.SingleAsync(o => o.TicketId == integrationEvent.TicketId, cancellationToken);
        occurrence.Done(desk.DayOf(integrationEvent.OccurredAt));
    }
}
