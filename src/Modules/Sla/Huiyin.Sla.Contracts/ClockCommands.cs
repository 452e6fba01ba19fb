using Huiyin.BuildingBlocks.Messaging;
using Huiyin.BuildingBlocks.Results;

namespace Huiyin.Sla.Contracts;

/// <summary>
/// Starts an item's clocks under the first policy that matches its attributes, from <paramref name="StartAt"/>
/// (now when omitted). <paramref name="DueAt"/> is a due time the item sets itself (a callback's appointed time) instead of the
/// policy's window; the policy still gives the warning threshold and the ladder. Answers which policy and rule applied, why, and
/// the due times.
/// </summary>
public sealed record StartClocks(
    SlaWorkType ItemType, Guid ItemId, ClockAttributes Attributes, IReadOnlyList<SlaMetric> Metrics, DateTimeOffset? StartAt = null, DateTimeOffset? DueAt = null)
    : ICommand<Result<StartedClocks>>, IRetriedOnOutdatedCopy;

public sealed record StartedClocks(Guid PolicyId, string PolicyName, string Explanation, IReadOnlyList<StartedClock> Clocks);

public sealed record StartedClock(Guid ClockId, SlaMetric Metric, DateTimeOffset DueAt);

/// <summary>Stops a clock from running (waiting on the customer or on parts); its due time moves by the paused working time.</summary>
public sealed record PauseClock(SlaWorkType ItemType, Guid ItemId, SlaMetric Metric, string Cause) : ICommand<Result<ClockView>>;

public sealed record ResumeClock(SlaWorkType ItemType, Guid ItemId, SlaMetric Metric, string Cause) : ICommand<Result<ClockView>>;

/// <summary>The clock's goal was met (first contact made, item resolved): on time or late.</summary>
public sealed record FulfilClock(SlaWorkType ItemType, Guid ItemId, SlaMetric Metric, string Cause) : ICommand<Result<ClockView>>;

/// <summary>Stops every running clock of an item (cancelled work).</summary>
public sealed record StopClocks(SlaWorkType ItemType, Guid ItemId, string Cause) : ICommand<Result>;

/// <summary>Gives a fulfilled or stopped clock a fresh window from now (a reopened item); its breach history stays.</summary>
public sealed record RestartClock(SlaWorkType ItemType, Guid ItemId, SlaMetric Metric, string Cause) : ICommand<Result<ClockView>>;

/// <summary>
/// The item's attributes changed (a complaint's severity raised): its running clocks restart from now under the policy
/// matching <paramref name="Attributes"/>; their breach history stays. Only the clocks of <paramref name="Metrics"/> when given
/// (a clock due at a time the item set itself keeps it). Answers the clocks restarted.
/// </summary>
public sealed record RestartClocksUnderPolicy(SlaWorkType ItemType, Guid ItemId, ClockAttributes Attributes, string Cause, IReadOnlyList<SlaMetric>? Metrics = null)
    : ICommand<Result<IReadOnlyList<ClockView>>>, IRetriedOnOutdatedCopy;
