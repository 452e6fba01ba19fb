using Huiyin.BuildingBlocks.Outbox;

namespace Huiyin.Notifications.Contracts;

/// <summary>A text message was recorded (committed with its caller's change) and is waiting for delivery.</summary>
public sealed record SmsQueued(Guid MessageId, string? RelatedItemType, Guid? RelatedItemId, DateTimeOffset OccurredAt) : IntegrationEvent(OccurredAt)
{
    public override Guid? OrderingKey => MessageId;
}

/// <summary>An e-mail was recorded (committed with the event that called for it) and is waiting for delivery.</summary>
public sealed record EmailQueued(Guid MessageId, DateTimeOffset OccurredAt) : IntegrationEvent(OccurredAt)
{
    public override Guid? OrderingKey => MessageId;
}

/// <summary>
/// A webhook endpoint was switched off by the dispatcher (Reason: "Gone" when the receiver answered 410, "FailingTooLong"
/// after five days of failures); the Admins should hear of it.
/// </summary>
public sealed record WebhookEndpointDisabled(Guid EndpointId, string Url, string Owner, string Reason, DateTimeOffset OccurredAt) : IntegrationEvent(OccurredAt);

/// <summary>Lines were written into people's inboxes (committed); each is pushed to its reader's screens.</summary>
public sealed record InboxItemsAdded(IReadOnlyList<Guid> ItemIds, DateTimeOffset OccurredAt) : IntegrationEvent(OccurredAt);
