using Huiyin.BuildingBlocks.Outbox;
using Huiyin.Callbacks.Domain;
using Huiyin.Callbacks.Persistence;
using Huiyin.Complaints.Contracts;
using MediatR;

namespace Huiyin.Callbacks.Features.Events;

/// <summary>Every complainant is called back within three days of the resolution (三日内回访率达100%), by the complaint's handler.</summary>
internal sealed class CallBackAfterComplaintResolved(CallbacksDbContext db, CallHours hours, TimeProvider clock, IMediator mediator)
    : IdempotentEventHandler<ComplaintResolved, CallbacksDbContext>(db, clock)
{
    public const int WithinDays = 3;

    protected override async Task HandleOnceAsync(ComplaintResolved resolved, CancellationToken cancellationToken)
    {
        var item = new FollowedItem(CallbackItemType.Complaint, resolved.ComplaintId, resolved.Number, resolved.ResponsibleDepartment);
        var dueAt = hours.EndOf(hours.DayOf(resolved.ResolvedAt).AddDays(WithinDays));
        await mediator.BookAsync(new CallbackPlan(CallbackReason.ComplaintResolved, item, resolved.CustomerId, resolved.HandledById, null,
            resolved.HandledById, resolved.Place?.SiteId, resolved.Place?.UnitId, dueAt, null), cancellationToken);
    }
}
