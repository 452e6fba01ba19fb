using Huiyin.BuildingBlocks.Results;
using Huiyin.BuildingBlocks.Security;
using Huiyin.Callbacks.Contracts;
using Huiyin.Callbacks.Domain;
using Huiyin.Callbacks.Persistence;
using Huiyin.Organization.Contracts;
using Huiyin.Sla.Contracts;
using MediatR;
using Microsoft.EntityFrameworkCore;

namespace Huiyin.Callbacks.Features.Shared;

/// <summary>
/// Books a callback: its deadline clock (work type Callback, metric CallbackDue) starts due at its due time, and
/// <see cref="CallbackScheduled"/> goes out. Reasons that survey rather than close a case (a visit, a move-in, the annual plan) are
/// throttled: skipped (null) when the customer already had one for the same reason within the configured days. A due time already
/// past (an event delivered late) becomes the end of today, unless <c>keepPastDueAt</c> books it as it was (the demo's overdue work).
/// </summary>
internal sealed class CallbackScheduler(CallbacksDbContext db, CallbackOptions options, IMediator mediator, ICurrentUser user, TimeProvider clock)
{
    private static readonly CallbackReason[] Throttled = [CallbackReason.TechnicianVisit, CallbackReason.MoveIn, CallbackReason.Annual];

    public async Task<Result<Callback?>> ScheduleAsync(CallbackPlan plan, CancellationToken cancellationToken, bool keepPastDueAt = false)
    {
        if (plan.Item is { } item && await db.Callbacks.AnyAsync(c => c.ItemId == item.Id && c.Reason == plan.Reason, cancellationToken))
        {
            return Result<Callback?>.Success(null);
        }

        var now = clock.GetUtcNow();
        if (Throttled.Contains(plan.Reason) && await db.Callbacks.AnyAsync(
                c => c.CustomerId == plan.CustomerId && c.Reason == plan.Reason && c.CreatedAt > now.AddDays(-options.ThrottleDays), cancellationToken))
        {
            return Result<Callback?>.Success(null);
        }

        var teamId = plan.TeamId ?? (plan.AssigneeId is { } assignee
            ? (await mediator.Send(new GetStaffCards(StaffIds: [assignee]), cancellationToken)).SingleOrDefault()?.TeamId
            : null);
        return await BookAsync(plan with { TeamId = teamId }, now, keepPastDueAt, cancellationToken);
    }

    /// <summary>
    /// Books the callback as planned, team included, without the checks: for a caller that made them itself (the annual plan,
    /// a page of customers at a time).
    /// </summary>
    public async Task<Result<Callback?>> BookAsync(CallbackPlan plan, DateTimeOffset now, bool keepPastDueAt, CancellationToken cancellationToken)
    {
        var callback = Callback.Schedule(plan with { DueAt = plan.DueAt > now || keepPastDueAt ? plan.DueAt : CallHours.EndOf(CallHours.DayOf(now)) });
        db.Callbacks.Add(callback);
        var started = await mediator.Send(
            new StartClocks(SlaWorkType.Callback, callback.Id.Value, new ClockAttributes(SlaWorkType.Callback), [SlaMetric.CallbackDue], now, callback.DueAt),
            cancellationToken);
        if (started.IsFailure)
        {
            return started.Error;
        }

        db.Publish(new CallbackScheduled(callback.Id.Value, callback.Reason.ToString(), callback.ItemType?.ToString(), callback.ItemId, callback.CustomerId,
            callback.AssigneeId, callback.TeamId, callback.SiteId, callback.UnitId, callback.DueAt, user.Actor, now));
        return callback;
    }
}
