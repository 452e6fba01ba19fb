namespace Huiyin.BuildingBlocks.Outbox;

/// <summary>Settings of the outbox dispatcher (section <c>Outbox</c>).</summary>
public sealed class OutboxOptions
{
    public bool DispatcherEnabled { get; set; } = true;

    public int BatchSize { get; set; } = 50;

    /// <summary>
    /// How many events of a batch are handled at once, each about something else (<see cref="IntegrationEvent.OrderingKey"/>): their
    /// handlers' commits then share the disk's flushes instead of waiting for one each.
    /// </summary>
    public int DeliveryConcurrency { get; set; } = 8;

    /// <summary>How long the dispatcher waits for a NOTIFY before it polls anyway.</summary>
    public TimeSpan PollInterval { get; set; } = TimeSpan.FromSeconds(5);

    /// <summary>
    /// How long the dispatcher lets notifications gather after the first one wakes it. Under load each pass then takes
    /// the commits of that moment together instead of one pass per commit; an event waits at most this much longer.
    /// </summary>
    public TimeSpan GatherDelay { get; set; } = TimeSpan.FromMilliseconds(50);

    /// <summary>The first retry delay; each further attempt doubles it, up to <see cref="MaxRetryDelay"/>.</summary>
    public TimeSpan BaseRetryDelay { get; set; } = TimeSpan.FromSeconds(2);

    public TimeSpan MaxRetryDelay { get; set; } = TimeSpan.FromMinutes(10);

    /// <summary>After this many failed attempts a message is parked for an Admin to look at.</summary>
    public int MaxAttempts { get; set; } = 5;

    public TimeSpan RetryDelayAfter(int attempts)
    {
        var exponent = Math.Min(attempts - 1, 20);
        var delay = BaseRetryDelay * Math.Pow(2, exponent);
        return delay < MaxRetryDelay ? delay : MaxRetryDelay;
    }
}
