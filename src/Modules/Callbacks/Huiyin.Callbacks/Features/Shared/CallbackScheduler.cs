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
/// <see cref="CallbackScheduled"/> goes out. Reasons that survey rather than close a case (a visit, a move-in) are
/// throttled: skipped (null) when the customer already had one for the same reason within the configured days (the annual plan has
/// a throttle of its own, <see cref="AnnualPlan.AnnualCallbacks"/>). A due time already
/// past (an event delivered late) becomes the end of today, unless <c>keepPastDueAt</c> books it as it was (the demo's overdue work).
/// </summary>
internal sealed class CallbackScheduler(CallbacksDbContext db, CallbackOptions options, IMediator mediator, ICurrentUser user, CallHours hours, TimeProvider clock)
{
    private static readonly CallbackReason[] Throttled = [CallbackReason.TechnicianVisit, CallbackReason.MoveIn];

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
        var callback = Place(plan with { TeamId = teamId, DueAt = plan.DueAt > now || keepPastDueAt ? plan.DueAt : hours.EndOf(hours.DayOf(now)) }, now);
        var started = await mediator.Send(
            new StartClocks(SlaWorkType.Callback, callback.Id.Value, new ClockAttributes(SlaWorkType.Callback), [SlaMetric.CallbackDue], now, callback.DueAt),
            cancellationToken);
        return started.IsFailure ? started.Error : callback;
    }

    /// <summary>
    /// Adds the callback as planned, team included, and announces it, without the checks and without its clock: for a caller that
    /// checks and starts clocks itself, many at a time (the annual plan).
    /// </summary>
    public Callback Place(CallbackPlan plan, DateTimeOffset now)
    {
        var callback = Callback.Schedule(plan);
        db.Callbacks.Add(callback);
        db.Publish(new CallbackScheduled(callback.Id.Value, callback.Reason.ToString(), callback.ItemType?.ToString(), callback.ItemId, callback.CustomerId,
            callback.AssigneeId, callback.TeamId, callback.SiteId, callback.UnitId, callback.DueAt, user.Actor, now));
        return callback;
    }
}
