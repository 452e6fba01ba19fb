namespace Huiyin.Sla.Domain.Clocks;

internal enum ClockStatus
{
    Running,
    Paused,
    Fulfilled,
    Stopped,
}

/// <summary>What can happen to a clock; each is written to the clock-event log.</summary>
internal enum ClockEventKind
{
    Started,
    Paused,
    Resumed,
    Warned,
    Breached,
    Escalated,
    Fulfilled,
    Stopped,
    Restarted,
}

/// <summary>One thing that happened to a clock, to be logged and published.</summary>
internal sealed record ClockChange(ClockEventKind Kind, DateTimeOffset At, int? Level = null);
