namespace Huiyin.Notifications.Domain.Webhooks;

/// <summary>The event names an endpoint may subscribe to, as the public contract spells them.</summary>
internal static class WebhookEventNames
{
    public static IReadOnlyList<string> All { get; } =
    [
        "ticket.created", "ticket.contacted", "ticket.assigned", "ticket.resolved", "ticket.closed", "ticket.reopened", "ticket.cancelled",
        "complaint.created", "complaint.severity-raised", "complaint.resolved", "complaint.closed",
        "callback.completed",
        "sla.warning", "sla.breached", "sla.escalated",
        "customer.registered", "customer.updated", "customer.tier-changed",
        "facilities.outage-started", "facilities.outage-restored",
    ];

    public static bool IsKnown(string name) => All.Contains(name, StringComparer.Ordinal);
}
