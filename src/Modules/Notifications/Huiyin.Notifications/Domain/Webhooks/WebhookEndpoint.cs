using Huiyin.BuildingBlocks.Results;

namespace Huiyin.Notifications.Domain.Webhooks;

internal readonly record struct WebhookEndpointId(Guid Value)
{
    public static WebhookEndpointId New() => new(Guid.CreateVersion7());
}

/// <summary>Why an endpoint stopped: its owner switched it off, the receiver answered 410 Gone, or it failed for five days.</summary>
internal enum WebhookDisabledReason
{
    ByOwner,
    Gone,
    FailingTooLong,
}

/// <summary>
/// Where an integrator wants events posted, owned by the API client or staff member who registered it. Its secrets are
/// kept protected; after a rotation the previous secret keeps signing until <see cref="PreviousSecretExpiresAt"/>.
/// </summary>
internal sealed class WebhookEndpoint
{
    public static readonly TimeSpan RotationOverlap = TimeSpan.FromHours(24);

    private WebhookEndpoint()
    {
    }

    public WebhookEndpointId Id { get; private set; }

    /// <summary>The owner as <c>api-client:{id}</c> or <c>staff:{id}</c>.</summary>
    public string Owner { get; private set; } = "";

    public string Url { get; private set; } = "";

    public List<string> Events { get; private set; } = [];

    public string? Description { get; private set; }

    public string ProtectedSecret { get; private set; } = "";

    public string? ProtectedPreviousSecret { get; private set; }

    public DateTimeOffset? PreviousSecretExpiresAt { get; private set; }

    public bool Enabled { get; private set; }

    public WebhookDisabledReason? DisabledReason { get; private set; }

    /// <summary>The first failure since the last success; five days of it disable the endpoint.</summary>
    public DateTimeOffset? FailingSince { get; private set; }

    public DateTimeOffset CreatedAt { get; private set; }

    public DateTimeOffset UpdatedAt { get; private set; }

    public uint Version { get; private set; }

    public static WebhookEndpoint Register(string owner, string url, IEnumerable<string> events, string? description, string protectedSecret, DateTimeOffset at) => new()
    {
        Id = WebhookEndpointId.New(),
        Owner = owner,
        Url = url,
        Events = events.Distinct(StringComparer.Ordinal).ToList(),
        Description = description,
        ProtectedSecret = protectedSecret,
        Enabled = true,
        CreatedAt = at,
        UpdatedAt = at,
    };

    /// <summary>The protected secrets that sign at <paramref name="at"/>: the current one, and the previous one during the overlap.</summary>
    public IEnumerable<string> SigningSecrets(DateTimeOffset at)
    {
        yield return ProtectedSecret;
        if (ProtectedPreviousSecret is not null && at < PreviousSecretExpiresAt)
        {
            yield return ProtectedPreviousSecret;
        }
    }

    public void Rotate(string protectedSecret, DateTimeOffset at)
    {
        ProtectedPreviousSecret = ProtectedSecret;
        PreviousSecretExpiresAt = at + RotationOverlap;
        ProtectedSecret = protectedSecret;
        UpdatedAt = at;
    }

    public Result Disable(WebhookDisabledReason reason, DateTimeOffset at)
    {
        if (!Enabled)
        {
            return Error.IllegalTransition("disable", "Disabled", ["enable"]);
        }

        Enabled = false;
        DisabledReason = reason;
        UpdatedAt = at;
        return Result.Success();
    }

    public Result Enable(DateTimeOffset at)
    {
        if (Enabled)
        {
            return Error.IllegalTransition("enable", "Enabled", ["disable"]);
        }

        Enabled = true;
        DisabledReason = null;
        FailingSince = null;
        UpdatedAt = at;
        return Result.Success();
    }

    public void RecordSuccess() => FailingSince = null;

    /// <summary>Counts a failed attempt; answers whether the endpoint has now been failing for too long.</summary>
    public bool RecordFailure(DateTimeOffset at)
    {
        FailingSince ??= at;
        return at - FailingSince >= RetrySchedule.FailingTooLong;
    }
}
