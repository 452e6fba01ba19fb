using Huiyin.BuildingBlocks.Outbox;

namespace Huiyin.Sla.Contracts;

/// <summary>A clock passed its warning threshold (80% of the window by default): the assignee should hurry.</summary>
public sealed record SlaWarning(
    Guid ClockId, SlaWorkType ItemType, Guid ItemId, SlaMetric Metric, Guid PolicyId, DateTimeOffset DueAt, DateTimeOffset OccurredAt)
    : IntegrationEvent(OccurredAt)
{
    public override Guid? OrderingKey => ItemId;
}

/// <summary>A clock passed its due time unmet. The item is marked breached for ever.</summary>
public sealed record SlaBreached(
    Guid ClockId, SlaWorkType ItemType, Guid ItemId, SlaMetric Metric, Guid PolicyId, DateTimeOffset DueAt, DateTimeOffset OccurredAt)
    : IntegrationEvent(OccurredAt)
{
    public override Guid? OrderingKey => ItemId;
}

/// <summary>An unmet clock went up the ladder: level 1 Supervisor, 2 Manager, 3 Executive (逐级上报).</summary>
public sealed record SlaEscalated(
    Guid ClockId, SlaWorkType ItemType, Guid ItemId, SlaMetric Metric, Guid PolicyId, int Level, DateTimeOffset DueAt, DateTimeOffset OccurredAt)
    : IntegrationEvent(OccurredAt)
{
    public override Guid? OrderingKey => ItemId;
}

/// <summary>A clock's goal was met, on time or late.</summary>
public sealed record SlaFulfilled(
    Guid ClockId, SlaWorkType ItemType, Guid ItemId, SlaMetric Metric, Guid PolicyId, bool OnTime, DateTimeOffset DueAt, DateTimeOffset OccurredAt)
    : IntegrationEvent(OccurredAt)
{
    public override Guid? OrderingKey => ItemId;
}

/// <summary>
/// A handler (<paramref name="RequestedById"/>) asked to move an item's resolution deadline to <paramref name="NewDueAt"/>, for
/// <paramref name="Reason"/>; an approver decides. <paramref name="TeamId"/> and <paramref name="SiteId"/> are the item's, when it has them.
/// </summary>
public sealed record DeadlineExtensionRequested(
    Guid ExtensionId, SlaWorkType ItemType, Guid ItemId, string Reason, DateTimeOffset DueAt, DateTimeOffset NewDueAt, Guid? RequestedById, DateTimeOffset OccurredAt,
    Guid? TeamId = null, Guid? SiteId = null)
    : IntegrationEvent(OccurredAt)
{
    public override Guid? OrderingKey => ItemId;
}

/// <summary>
/// An approver decided a deadline extension. Approved, the resolution clock is now due at <paramref name="DueAt"/>; refused, it
/// kept its due time. <paramref name="Reason"/> is what the callback tells the customer. <paramref name="RequestedById"/> asked,
/// <paramref name="DecidedById"/> decided; <paramref name="TeamId"/> and <paramref name="SiteId"/> are the item's, when it has them.
/// </summary>
public sealed record DeadlineExtensionDecided(
    Guid ExtensionId, SlaWorkType ItemType, Guid ItemId, bool Approved, string Reason, string? Note, DateTimeOffset DueAt,
    Guid? RequestedById, Guid? DecidedById, DateTimeOffset OccurredAt, Guid? TeamId = null, Guid? SiteId = null)
    : IntegrationEvent(OccurredAt)
{
    public override Guid? OrderingKey => ItemId;
}
