namespace Huiyin.Notifications.Domain.Webhooks;

internal readonly record struct WebhookDeliveryId(Guid Value)
{
    public static WebhookDeliveryId New() => new(Guid.CreateVersion7());
}

internal enum WebhookDeliveryStatus
{
    Pending,
    Succeeded,
    Failed,
}

/// <summary>
/// One event on its way to one endpoint: the body is fixed when the event arrives, and <see cref="MessageId"/>
/// (sent as <c>webhook-id</c>) stays the same on every attempt, so a receiver can recognise a retry.
/// </summary>
internal sealed class WebhookDelivery
{
    private readonly List<WebhookAttempt> _attempts = [];

    private WebhookDelivery()
    {
    }

    public WebhookDeliveryId Id { get; private set; }

    public WebhookEndpointId EndpointId { get; private set; }

    public string MessageId { get; private set; } = "";

    public string EventType { get; private set; } = "";

    public string Body { get; private set; } = "";

    public WebhookDeliveryStatus Status { get; private set; }

    /// <summary>Failed attempts since the delivery was queued or redelivered by hand; they pick the next wait.</summary>
    public int FailedAttempts { get; private set; }

    /// <summary>When the dispatcher should try next; also its lease while an attempt is under way.</summary>
    public DateTimeOffset? NextAttemptAt { get; private set; }

    public DateTimeOffset CreatedAt { get; private set; }

    public IReadOnlyList<WebhookAttempt> Attempts => _attempts;

    public static WebhookDelivery Queue(WebhookEndpointId endpoint, Guid eventId, string eventType, string body, DateTimeOffset at) => new()
    {
        Id = WebhookDeliveryId.New(),
        EndpointId = endpoint,
        MessageId = $"msg_{eventId:N}",
        EventType = eventType,
        Body = body,
        Status = WebhookDeliveryStatus.Pending,
        NextAttemptAt = at,
        CreatedAt = at,
    };

    public void Redeliver(DateTimeOffset at)
    {
        Status = WebhookDeliveryStatus.Pending;
        FailedAttempts = 0;
        NextAttemptAt = at;
    }

    public void Succeeded(WebhookAttempt attempt)
    {
        _attempts.Add(attempt);
        Status = WebhookDeliveryStatus.Succeeded;
        NextAttemptAt = null;
    }

    /// <summary>Records a failure and schedules the next try, or gives up when the schedule is spent or the endpoint is gone.</summary>
    public void Failed(WebhookAttempt attempt, TimeSpan? retryAfter, bool giveUp)
    {
        _attempts.Add(attempt);
        FailedAttempts++;
        var wait = giveUp ? null : RetrySchedule.After(FailedAttempts, retryAfter);
        Status = wait is null ? WebhookDeliveryStatus.Failed : WebhookDeliveryStatus.Pending;
        NextAttemptAt = attempt.At + wait;
    }
}

/// <summary>One try at posting a delivery: what came back (status, an excerpt of the body) or why nothing did.</summary>
internal sealed class WebhookAttempt
{
    public const int MaxExcerptLength = 1024;

    private WebhookAttempt()
    {
    }

    public long Id { get; private set; }

    public WebhookDeliveryId DeliveryId { get; private set; }

    public DateTimeOffset At { get; private set; }

    public int? StatusCode { get; private set; }

    public int DurationMs { get; private set; }

    public string? ResponseExcerpt { get; private set; }

    public string? Error { get; private set; }

    public static WebhookAttempt Of(DateTimeOffset at, int? statusCode, TimeSpan duration, string? response, string? error) => new()
    {
        At = at,
        StatusCode = statusCode,
        DurationMs = (int)duration.TotalMilliseconds,
        ResponseExcerpt = Truncate(response),
        Error = Truncate(error),
    };

    private static string? Truncate(string? text) => text is { Length: > MaxExcerptLength } ? text[..MaxExcerptLength] : text;
}
