using Huiyin.BuildingBlocks.Outbox;
using Huiyin.Callbacks.Domain;
using Huiyin.Callbacks.Persistence;
using Huiyin.Facilities.Contracts;
using MediatR;

namespace Huiyin.Callbacks.Features.Events;

/// <summary>A customer who moved in is called back a month later (入住一个月后), about their unit.</summary>
internal sealed class CallBackAfterMoveIn(CallbacksDbContext db, CallHours hours, TimeProvider clock, IMediator mediator)
    : IdempotentEventHandler<CustomerMovedIn, CallbacksDbContext>(db, clock)
{
    protected override async Task HandleOnceAsync(CustomerMovedIn movedIn, CancellationToken cancellationToken)
    {
        var dueAt = hours.EndOf(hours.DayOf(movedIn.MovedInAt).AddMonths(1));
        await mediator.BookAsync(new CallbackPlan(CallbackReason.MoveIn, null, movedIn.CustomerId, null, null,
            null, movedIn.SiteId, movedIn.UnitId, dueAt, movedIn.Address), cancellationToken);
    }
}
