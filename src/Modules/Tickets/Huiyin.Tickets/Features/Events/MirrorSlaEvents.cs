using Huiyin.BuildingBlocks.Outbox;
using Huiyin.Sla.Contracts;
using Huiyin.Tickets.Domain;
using Huiyin.Tickets.Persistence;
using Microsoft.EntityFrameworkCore;

namespace Huiyin.Tickets.Features.Events;

/// <summary>A ticket's clock breached: the ticket is flagged for ever, so that lists can filter on it.</summary>
internal sealed class MirrorSlaBreach(TicketsDbContext db, TimeProvider clock) : SlaBreachMirror<TicketsDbContext>(db, clock, SlaWorkType.Ticket)
{
    protected override async Task MarkBreachedAsync(Guid itemId, SlaMetric metric, CancellationToken cancellationToken) =>
        (await Db.Tickets.SingleOrDefaultAsync(t => t.Id == new TicketId(itemId), cancellationToken))?.Deadlines.MarkBreached(metric);
}

/// <summary>A ticket's clock went up the ladder: the ticket shows the level reached.</summary>
internal sealed class MirrorSlaEscalation(TicketsDbContext db, TimeProvider clock) : IdempotentEventHandler<SlaEscalated, TicketsDbContext>(db, clock)
{
    protected override async Task HandleOnceAsync(SlaEscalated escalated, CancellationToken cancellationToken)
    {
        if (escalated.ItemType == SlaWorkType.Ticket && await Db.Tickets.SingleOrDefaultAsync(t => t.Id == new TicketId(escalated.ItemId), cancellationToken) is { } ticket)
        {
            ticket.Deadlines.MarkEscalated(escalated.Level);
        }
    }
}

/// <summary>An approved extension moved a ticket's resolution deadline: lists show the new due time.</summary>
internal sealed class MirrorDeadlineExtension(TicketsDbContext db, TimeProvider clock) : IdempotentEventHandler<DeadlineExtensionDecided, TicketsDbContext>(db, clock)
{
    protected override async Task HandleOnceAsync(DeadlineExtensionDecided decided, CancellationToken cancellationToken)
    {
        if (decided is { Approved: true, ItemType: SlaWorkType.Ticket }
            && await Db.Tickets.SingleOrDefaultAsync(t => t.Id == new TicketId(decided.ItemId), cancellationToken) is { } ticket)
        {
            ticket.Deadlines.Extend(decided.DueAt);
        }
    }
}
