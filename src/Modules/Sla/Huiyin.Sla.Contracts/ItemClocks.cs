using Huiyin.BuildingBlocks.Messaging;

namespace Huiyin.Sla.Contracts;

/// <summary>An item's clocks, for the modules that show deadlines on their items.</summary>
public sealed record GetItemClocks(SlaWorkType ItemType, Guid ItemId) : IQuery<IReadOnlyList<ClockView>>;

public sealed record ClockView(
    Guid Id,
    SlaMetric Metric,
    ClockStatus Status,
    Guid PolicyId,
    string PolicyName,
    string Explanation,
    DateTimeOffset StartedAt,
    DateTimeOffset DueAt,
    DateTimeOffset WarnAt,
    DateTimeOffset? WarnedAt,
    DateTimeOffset? BreachedAt,
    bool EverBreached,
    int EscalationLevel,
    DateTimeOffset? FulfilledAt);

/// <summary>Every event of an item's clocks (started, paused, warned, breached, escalated, fulfilled…), oldest first, for timelines.</summary>
public sealed record GetItemClockEvents(SlaWorkType ItemType, Guid ItemId) : IQuery<IReadOnlyList<ClockEventRecord>>;

public sealed record ClockEventRecord(SlaMetric Metric, ClockEventKind Kind, DateTimeOffset At, int? Level, DateTimeOffset DueAt, string Cause);
