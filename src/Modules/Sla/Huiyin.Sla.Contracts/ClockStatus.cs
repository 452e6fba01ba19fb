namespace Huiyin.Sla.Contracts;

/// <summary>Where a clock stands: counting, paused, met, or stopped with its item.</summary>
public enum ClockStatus
{
    Running,
    Paused,
    Fulfilled,
    Stopped,
}

/// <summary>What can happen to a clock; each is written to the clock-event log.</summary>
public enum ClockEventKind
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
    Extended,
}

/// <summary>Where a request to move a deadline stands.</summary>
public enum ExtensionState
{
    Requested,
    Approved,
    Refused,
}
