using Huiyin.Sla.Contracts;

namespace Huiyin.Sla.Domain.Clocks;

/// <summary>An entry of a clock's audit log: started, paused, warned, breached… with its time and cause. KPIs can be replayed from it.</summary>
internal sealed class ClockEvent
{
    private ClockEvent()
    {
    }

    public long Id { get; private set; }

    public Guid ClockId { get; private set; }

    public ClockEventKind Kind { get; private set; }

    public DateTimeOffset At { get; private set; }

    /// <summary>For escalations: the level reached.</summary>
    public int? Level { get; private set; }

    /// <summary>The due time in force when it happened.</summary>
    public DateTimeOffset DueAt { get; private set; }

    public string Cause { get; private set; } = "";

    public static ClockEvent Of(SlaClock clock, ClockChange change, string cause) => new()
    {
        ClockId = clock.Id,
        Kind = change.Kind,
        At = change.At,
        Level = change.Level,
        DueAt = clock.DueAt,
        Cause = cause,
    };
}
