using Huiyin.Sla.Contracts;

namespace Huiyin.Sla.Domain.Clocks;

/// <summary>An unmet deadline waiting in the queue of its level (1 Supervisor, 2 Manager, 3 Executive) until acknowledged.</summary>
internal sealed class Escalation
{
    private Escalation()
    {
    }

    public Guid Id { get; private set; }

    public Guid ClockId { get; private set; }

    public SlaWorkType ItemType { get; private set; }

    public Guid ItemId { get; private set; }

    public SlaMetric Metric { get; private set; }

    public string PolicyName { get; private set; } = "";

    public int Level { get; private set; }

    public DateTimeOffset DueAt { get; private set; }

    public DateTimeOffset RaisedAt { get; private set; }

    /// <summary>Why someone raised it by hand; null when the ladder raised it.</summary>
    public string? Reason { get; private set; }

    /// <summary>Who raised it by hand; null when the ladder raised it.</summary>
    public string? RaisedBy { get; private set; }

    public DateTimeOffset? AcknowledgedAt { get; private set; }

    public string? AcknowledgedBy { get; private set; }

    public uint Version { get; private set; }

    public static Escalation Raise(SlaClock clock, int level, DateTimeOffset at, string? reason = null, string? raisedBy = null) => new()
    {
        Id = Guid.CreateVersion7(),
        ClockId = clock.Id,
        ItemType = clock.ItemType,
        ItemId = clock.ItemId,
        Metric = clock.Metric,
        PolicyName = clock.PolicyName,
        Level = level,
        DueAt = clock.DueAt,
        RaisedAt = at,
        Reason = reason,
        RaisedBy = raisedBy,
    };

    public bool Acknowledge(DateTimeOffset at, string by)
    {
        if (AcknowledgedAt is not null)
        {
            return false;
        }

        AcknowledgedAt = at;
        AcknowledgedBy = by;
        return true;
    }
}
