using Huiyin.BuildingBlocks.Outbox;
using Huiyin.Callbacks.Domain;
using Huiyin.Callbacks.Persistence;
using Huiyin.Tickets.Contracts;
using MediatR;

namespace Huiyin.Callbacks.Features.Events;

/// <summary>
/// A technician's visit is called back within a week (服务结束后一周内); the call rates the technician. A visit for the property's
/// own work order has no customer to call.
/// </summary>
internal sealed class CallBackAfterVisit(CallbacksDbContext db, CallHours hours, TimeProvider clock, IMediator mediator)
    : IdempotentEventHandler<TechnicianVisitCompleted, CallbacksDbContext>(db, clock)
{
    public const int WithinDays = 7;

    protected override Task<bool> ConcernsAsync(TechnicianVisitCompleted visit, CancellationToken cancellationToken) =>
        Task.FromResult(visit.CustomerId is { } customer && customer != CreateInternalTicket.NoCustomer);

    protected override async Task HandleOnceAsync(TechnicianVisitCompleted visit, CancellationToken cancellationToken)
    {
        var item = new FollowedItem(CallbackItemType.Visit, visit.VisitId, null, null);
        var dueAt = hours.EndOf(hours.DayOf(visit.CheckedOutAt).AddDays(WithinDays));
        await mediator.BookAsync(new CallbackPlan(CallbackReason.TechnicianVisit, item, visit.CustomerId!.Value, null, null,
            visit.TechnicianId, null, null, dueAt, null), cancellationToken);
    }
}
