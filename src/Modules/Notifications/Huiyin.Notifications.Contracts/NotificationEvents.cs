using Huiyin.BuildingBlocks.Outbox;

namespace Huiyin.Notifications.Contracts;

/// <summary>A text message was recorded (committed with its caller's change) and is waiting for delivery.</summary>
public sealed record SmsQueued(Guid MessageId, string? RelatedItemType, Guid? RelatedItemId, DateTimeOffset OccurredAt) : IntegrationEvent(OccurredAt);
