using Huiyin.BuildingBlocks.Outbox;
using Huiyin.Callbacks.Domain;
using Huiyin.Callbacks.Features.Shared;
using Huiyin.Callbacks.Persistence;
using Huiyin.Tickets.Contracts;
using MediatR;

namespace Huiyin.Callbacks.Features.Events;

/// <summary>
/// A resolved ticket is called back the next working day by the agent who took it (受理人在次日完成回访); the property's own work
/// orders (rounds, maintenance) have no customer to call.
/// </summary>
internal sealed class CallBackAfterTicketResolved(CallbacksDbContext db, TimeProvider clock, WorkingDays days, CallHours hours, IMediator mediator)
    : IdempotentEventHandler<TicketResolved, CallbacksDbContext>(db, clock)
{
    protected override Task<bool> ConcernsAsync(TicketResolved resolved, CancellationToken cancellationToken) =>
        Task.FromResult(resolved.CustomerId != CreateInternalTicket.NoCustomer);

    protected override async Task HandleOnceAsync(TicketResolved resolved, CancellationToken cancellationToken)
    {
        var day = await days.FirstFromAsync(hours.DayOf(resolved.OccurredAt).AddDays(1), cancellationToken);
        var item = new FollowedItem(CallbackItemType.Ticket, resolved.TicketId, resolved.Number, resolved.Summary);
        await mediator.BookAsync(new CallbackPlan(CallbackReason.TicketResolved, item, resolved.CustomerId, resolved.TakenInById, null,
            resolved.TakenInById, null, null, hours.EndOf(day), null), cancellationToken);
    }
}
