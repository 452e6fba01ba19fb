using Huiyin.BuildingBlocks.Results;
using Huiyin.Sla.Contracts;

namespace Huiyin.Complaints.Domain;

/// <summary>The first contact with the complainant and the complaint's copy of its clocks, for lists and filters.</summary>
internal sealed partial class Complaint
{
    /// <summary>When the complainant was first contacted: the first contact logged, or else the investigation.</summary>
    public DateTimeOffset? FirstContactAt { get; private set; }

    /// <summary>The nearest due time among the clocks still running; null when none runs.</summary>
    public DateTimeOffset? NextDueAt { get; private set; }

    public SlaMetric? NextDueMetric { get; private set; }

    /// <summary>Whether any of the complaint's clocks ever breached: it stays true.</summary>
    public bool Breached { get; private set; }

    /// <summary>A contact is logged on any complaint not yet closed; the first one is the first contact.</summary>
    public Result LogContact(DateTimeOffset at)
    {
        if (Status == ComplaintStatus.Closed)
        {
            return Error.IllegalTransition("log contact", Status.ToString(), AllowedActions.Select(ComplaintLifecycle.RouteName));
        }

        Contacted(at);
        return Result.Success();
    }

    /// <summary>The complaint is handed to the team that handles it by a logged call, on any complaint not yet closed.</summary>
    public Result HandOff() => Status == ComplaintStatus.Closed
        ? Error.IllegalTransition("hand off", Status.ToString(), AllowedActions.Select(ComplaintLifecycle.RouteName))
        : Result.Success();

    /// <summary>The first contact, unless one was made before.</summary>
    public void Contacted(DateTimeOffset at) => FirstContactAt ??= at;

    public void MirrorClocks(IReadOnlyList<ClockView> clocks)
    {
        var nearest = clocks.Where(c => c.Status == ClockStatus.Running).MinBy(c => c.DueAt);
        NextDueAt = nearest?.DueAt;
        NextDueMetric = nearest?.Metric;
        Breached |= clocks.Any(c => c.EverBreached);
    }

    public void MarkBreached() => Breached = true;
}
