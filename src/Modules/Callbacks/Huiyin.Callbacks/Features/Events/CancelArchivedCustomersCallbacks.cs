using Huiyin.BuildingBlocks.Outbox;
using Huiyin.BuildingBlocks.Security;
using Huiyin.Callbacks.Contracts;
using Huiyin.Callbacks.Domain;
using Huiyin.Callbacks.Persistence;
using Huiyin.Customers.Contracts;
using Huiyin.Sla.Contracts;
using MediatR;
using Microsoft.EntityFrameworkCore;

namespace Huiyin.Callbacks.Features.Events;

/// <summary>
/// An archived customer is no longer called: their open callbacks close as cancelled and their deadline clocks stop, so they
/// leave the workbench and neither breach nor count against the caller.
/// </summary>
internal sealed class CancelArchivedCustomersCallbacks(CallbacksDbContext db, TimeProvider clock, IMediator mediator, ICurrentUser user)
    : IdempotentEventHandler<CustomerArchived, CallbacksDbContext>(db, clock)
{
    public const string Cause = "customer-archived";

    protected override async Task HandleOnceAsync(CustomerArchived archived, CancellationToken cancellationToken)
    {
        var open = await Db.Callbacks
            .Where(c => c.CustomerId == archived.CustomerId && (c.Status == CallbackStatus.Due || c.Status == CallbackStatus.Retrying))
            .ToListAsync(cancellationToken);
        foreach (var callback in open)
        {
            callback.Cancel(archived.OccurredAt);
            var stopped = await mediator.Send(new StopClocks(SlaWorkType.Callback, callback.Id.Value, Cause), cancellationToken);
            if (stopped.IsFailure)
            {
                throw new InvalidOperationException($"The clocks of callback {callback.Id.Value} did not stop: {stopped.Error.Code} {stopped.Error.Message}");
            }

            Db.Publish(new CallbackCancelled(callback.Id.Value, callback.Reason.ToString(), callback.ItemType?.ToString(), callback.ItemId, callback.CustomerId,
                callback.RatedStaffId, callback.AssigneeId, callback.TeamId, callback.SiteId, callback.UnitId, Cause, user.Actor, archived.OccurredAt));
        }
    }
}
