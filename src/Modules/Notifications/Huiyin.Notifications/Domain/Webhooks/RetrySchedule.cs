namespace Huiyin.Notifications.Domain.Webhooks;

/// <summary>When a failed delivery is tried again (the Standard Webhooks schedule), and how far a receiver's Retry-After may push it.</summary>
internal static class RetrySchedule
{
    public static readonly TimeSpan[] Delays =
    [
        TimeSpan.FromSeconds(5), TimeSpan.FromMinutes(5), TimeSpan.FromMinutes(30), TimeSpan.FromHours(2),
        TimeSpan.FromHours(5), TimeSpan.FromHours(10), TimeSpan.FromHours(10),
    ];

    public static readonly TimeSpan MaxRetryAfter = TimeSpan.FromHours(10);

    /// <summary>A failing endpoint is disabled once it has failed without a success for this long.</summary>
    public static readonly TimeSpan FailingTooLong = TimeSpan.FromDays(5);

    /// <summary>The wait after the given failed attempt (1-based), or null when the delivery has had all its tries.</summary>
    public static TimeSpan? After(int failedAttempts, TimeSpan? retryAfter)
    {
        if (failedAttempts > Delays.Length)
        {
            return null;
        }

        var scheduled = Delays[failedAttempts - 1];
        return retryAfter is { } asked && asked > scheduled ? (asked < MaxRetryAfter ? asked : MaxRetryAfter) : scheduled;
    }
}
