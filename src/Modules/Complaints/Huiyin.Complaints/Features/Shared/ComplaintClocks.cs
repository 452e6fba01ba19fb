using Huiyin.BuildingBlocks.Results;
using Huiyin.BuildingBlocks.Time;
using Huiyin.Complaints.Domain;
using Huiyin.Sla.Contracts;
using MediatR;

namespace Huiyin.Complaints.Features.Shared;

/// <summary>
/// A complaint's clocks on the Sla engine: started at registration (first contact, resolution, the 15-minute acknowledgement and the
/// 1-hour hand-off under the severity's policy, the same-day investigation due at the end of the desk's day), fulfilled by the steps,
/// and copied onto the complaint after each change so that lists can filter and sort on them.
/// </summary>
internal sealed class ComplaintClocks(IMediator mediator, DeskTime desk)
{
    public async Task<Result> StartAsync(ComplaintId id, ClockAttributes attributes, DateTimeOffset startAt, CancellationToken cancellationToken)
    {
        var started = await mediator.Send(
            new StartClocks(SlaWorkType.Complaint, id.Value, attributes, [SlaMetric.FirstContact, SlaMetric.Resolution, SlaMetric.Acknowledgement, SlaMetric.Handoff], startAt), cancellationToken);
        if (started.IsFailure)
        {
            return started.Error;
        }

        var sameDay = await mediator.Send(
            new StartClocks(SlaWorkType.Complaint, id.Value, attributes, [SlaMetric.Investigation], startAt, desk.EndOfDay(startAt)), cancellationToken);
        return sameDay.IsFailure ? sameDay.Error : Result.Success();
    }

    /// <summary>
    /// Meets the clock's goal if it still runs: a goal met before (the first contact logged before the investigation) or a clock the
    /// complaint never had is left alone. The first contact with the complainant also acknowledges the complaint.
    /// </summary>
    public async Task<Result> FulfilAsync(Complaint complaint, SlaMetric metric, string cause, CancellationToken cancellationToken)
    {
        var clocks = await mediator.Send(new GetItemClocks(SlaWorkType.Complaint, complaint.Id.Value), cancellationToken);
        SlaMetric[] goals = metric == SlaMetric.FirstContact ? [metric, SlaMetric.Acknowledgement] : [metric];
        foreach (var goal in goals.Where(g => clocks.Any(c => c.Metric == g && c.Status is ClockStatus.Running or ClockStatus.Paused)))
        {
            var fulfilled = await mediator.Send(new FulfilClock(SlaWorkType.Complaint, complaint.Id.Value, goal, cause), cancellationToken);
            if (fulfilled.IsFailure)
            {
                return fulfilled.Error;
            }
        }

        return Result.Success();
    }

    public Task<IReadOnlyList<ClockView>> ReadAsync(ComplaintId id, CancellationToken cancellationToken) =>
        mediator.Send(new GetItemClocks(SlaWorkType.Complaint, id.Value), cancellationToken);

    /// <summary>The clocks as they are now, copied onto the complaint.</summary>
    public async Task<IReadOnlyList<ClockView>> MirrorAsync(Complaint complaint, CancellationToken cancellationToken)
    {
        var clocks = await ReadAsync(complaint.Id, cancellationToken);
        complaint.MirrorClocks(clocks);
        return clocks;
    }
}
