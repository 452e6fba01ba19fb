namespace Huiyin.Notifications.Webhooks;

/// <summary>Settings under <c>Webhooks</c>.</summary>
internal sealed class WebhookOptions
{
    public const string Section = "Webhooks";

    /// <summary>Lets endpoints point at loopback and private addresses: for the local run and tests only.</summary>
    public bool AllowPrivateTargets { get; set; }

    public bool DispatcherEnabled { get; set; } = true;

    public TimeSpan PollInterval { get; set; } = TimeSpan.FromSeconds(2);

    public TimeSpan Timeout { get; set; } = TimeSpan.FromSeconds(15);

    public int BatchSize { get; set; } = 20;

    /// <summary>How long past an attempt's timeout its claim lasts: a delivery whose host died mid-attempt is taken again after both.</summary>
    public TimeSpan LeaseMargin { get; set; } = TimeSpan.FromMinutes(1);
}
