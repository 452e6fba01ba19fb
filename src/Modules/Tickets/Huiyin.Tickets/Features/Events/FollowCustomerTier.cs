using System.Globalization;
using Huiyin.BuildingBlocks.Outbox;
using Huiyin.Customers.Contracts;
using Huiyin.Tickets.Domain;
using Huiyin.Tickets.Features.Shared;
using Huiyin.Tickets.Persistence;
using Microsoft.EntityFrameworkCore;

namespace Huiyin.Tickets.Features.Events;

/// <summary>A customer's tier or VIP flag changed: the priority of their open tickets follows.</summary>
internal sealed class FollowCustomerTier(TicketsDbContext db, TimeProvider clock) : IdempotentEventHandler<CustomerTierChanged, TicketsDbContext>(db, clock)
{
    private static readonly TicketActor System = new("system", null, "system");

    protected override async Task HandleOnceAsync(CustomerTierChanged changed, CancellationToken cancellationToken)
    {
        var open = TicketStatusGroups.Open;
        var tickets = await Db.Tickets.Where(t => t.CustomerId == changed.CustomerId && open.Contains(t.Status)).ToListAsync(cancellationToken);
        foreach (var ticket in tickets)
        {
            var before = ticket.Priority;
            if (ticket.ReconsiderPriority(changed.Tier, changed.Vip))
            {
                Db.Timeline.Add(TimelineEntry.Of(ticket.Id, changed.OccurredAt, TimelineKind.PriorityChanged, System,
                    TimelineNotes.PriorityChanged(before, ticket.Priority, changed.Tier?.ToString(CultureInfo.InvariantCulture), changed.Vip)));
            }
        }
    }
}
