namespace Huiyin.BuildingBlocks.Persistence;

/// <summary>
/// How long a request waits for a database that went away for a moment (section <c>Database:Retry</c>): the pauses
/// between attempts double from <see cref="BaseDelay"/> up to <see cref="MaxDelay"/>. The defaults ride out a restart
/// of a few seconds (about 7 s of pauses in all) before a request answers 503.
/// </summary>
public sealed class DatabaseRetryOptions
{
    public const string Section = "Database:Retry";

    public int MaxAttempts { get; set; } = 7;

    public TimeSpan BaseDelay { get; set; } = TimeSpan.FromMilliseconds(200);

    public TimeSpan MaxDelay { get; set; } = TimeSpan.FromSeconds(2);

    /// <summary>The seconds a 503 asks the caller to wait before trying again.</summary>
    public int RetryAfterSeconds { get; set; } = 5;

    public TimeSpan DelayAfter(int attempt) =>
        TimeSpan.FromTicks(Math.Min(MaxDelay.Ticks, BaseDelay.Ticks * (1L << Math.Min(attempt - 1, 20))));
}
