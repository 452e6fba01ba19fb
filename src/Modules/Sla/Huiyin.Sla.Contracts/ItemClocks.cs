using System.Globalization;
using System.Text.Json;
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

public sealed record ClockEventRecord(SlaMetric Metric, ClockEventKind Kind, DateTimeOffset At, int? Level, DateTimeOffset DueAt, string Cause)
{
    /// <summary>The code a timeline words the event by (<c>clock_breached</c>), with <see cref="TimelineArgs"/>.</summary>
    public string TimelineCode() => $"clock_{JsonNamingPolicy.SnakeCaseLower.ConvertName(Kind.ToString())}";

    public IReadOnlyDictionary<string, string> TimelineArgs() => new Dictionary<string, string>
    {
        ["metric"] = Metric.ToString(),
        ["cause"] = Cause,
        ["dueAt"] = DueAt.ToUniversalTime().ToString("O", CultureInfo.InvariantCulture),
    };

    /// <summary>The event in English, for a client that does not word codes.</summary>
    public string TimelineDetail() => $"{Cause} (due {DueAt:u})";
}
