using Huiyin.BuildingBlocks.Results;
using Huiyin.Sla.Contracts;
using Huiyin.Sla.Domain.Clocks;
using Huiyin.Sla.Persistence;
using MediatR;
using Microsoft.EntityFrameworkCore;

namespace Huiyin.Sla.Features.Clocks;

/// <summary>Pending work (waiting on the customer or on parts) stops its clock.</summary>
/// <remarks>A pause lasts at most <see cref="SlaOptions.PendApprovalAfter"/>; the sweep then runs the clock again.</remarks>
internal sealed class PauseClockHandler(ClockActions clocks, SlaOptions options) : IRequestHandler<PauseClock, Result<ClockView>>
{
    public Task<Result<ClockView>> Handle(PauseClock r, CancellationToken cancellationToken) =>
        clocks.ApplyAsync(r.ItemType, r.ItemId, r.Metric, r.Cause, (clock, now, _) => clock.Pause(now, now + options.PendApprovalAfter), cancellationToken);
}

/// <summary>Running again: the due time moves on by the working time paused (nothing to do when the pend limit or an extension already ended the pause).</summary>
internal sealed class ResumeClockHandler(ClockActions clocks) : IRequestHandler<ResumeClock, Result<ClockView>>
{
    public Task<Result<ClockView>> Handle(ResumeClock r, CancellationToken cancellationToken) =>
        clocks.ApplyAsync(r.ItemType, r.ItemId, r.Metric, r.Cause, (clock, now, calendar) => clock.ResumeForItem(now, calendar), cancellationToken);
}

/// <summary>The goal was met, on time or late.</summary>
internal sealed class FulfilClockHandler(ClockActions clocks) : IRequestHandler<FulfilClock, Result<ClockView>>
{
    public Task<Result<ClockView>> Handle(FulfilClock r, CancellationToken cancellationToken) =>
        clocks.ApplyAsync(r.ItemType, r.ItemId, r.Metric, r.Cause, (clock, now, _) => clock.Fulfil(now), cancellationToken);
}

/// <summary>A reopened item: the clock gets a fresh window from now.</summary>
internal sealed class RestartClockHandler(ClockActions clocks) : IRequestHandler<RestartClock, Result<ClockView>>
{
    public Task<Result<ClockView>> Handle(RestartClock r, CancellationToken cancellationToken) =>
        clocks.ApplyAsync(r.ItemType, r.ItemId, r.Metric, r.Cause, (clock, now, calendar) => clock.Restart(now, calendar), cancellationToken);
}

/// <summary>Cancelled work: every clock of the item that still runs or waits stops.</summary>
internal sealed class StopClocksHandler(SlaDbContext db, ClockJournal journal, TimeProvider clock) : IRequestHandler<StopClocks, Result>
{
    public async Task<Result> Handle(StopClocks request, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow();
        var open = await db.Clocks
            .Where(c => c.ItemType == request.ItemType && c.ItemId == request.ItemId && (c.Status == ClockStatus.Running || c.Status == ClockStatus.Paused))
            .ToListAsync(cancellationToken);
        foreach (var slaClock in open)
        {
            journal.Record(slaClock, slaClock.Stop(now).Value, request.Cause);
        }

        return Result.Success();
    }
}
