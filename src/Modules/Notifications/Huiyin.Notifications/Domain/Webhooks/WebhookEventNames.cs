using System.Reflection;
using System.Text.Json.Serialization;

namespace Huiyin.Notifications.Domain.Webhooks;

/// <summary>The events an endpoint may subscribe to; the OpenAPI document lists them by their webhook names.</summary>
internal enum WebhookEvent
{
    [JsonStringEnumMemberName("ticket.created")] TicketCreated,
    [JsonStringEnumMemberName("ticket.contacted")] TicketContacted,
    [JsonStringEnumMemberName("ticket.assigned")] TicketAssigned,
    [JsonStringEnumMemberName("ticket.resolved")] TicketResolved,
    [JsonStringEnumMemberName("ticket.closed")] TicketClosed,
    [JsonStringEnumMemberName("ticket.reopened")] TicketReopened,
    [JsonStringEnumMemberName("ticket.cancelled")] TicketCancelled,
    [JsonStringEnumMemberName("complaint.created")] ComplaintCreated,
    [JsonStringEnumMemberName("complaint.severity-raised")] ComplaintSeverityRaised,
    [JsonStringEnumMemberName("complaint.resolved")] ComplaintResolved,
    [JsonStringEnumMemberName("complaint.closed")] ComplaintClosed,
    [JsonStringEnumMemberName("callback.completed")] CallbackCompleted,
    [JsonStringEnumMemberName("sla.warning")] SlaWarning,
    [JsonStringEnumMemberName("sla.breached")] SlaBreached,
    [JsonStringEnumMemberName("sla.escalated")] SlaEscalated,
    [JsonStringEnumMemberName("customer.registered")] CustomerRegistered,
    [JsonStringEnumMemberName("customer.updated")] CustomerUpdated,
    [JsonStringEnumMemberName("customer.tier-changed")] CustomerTierChanged,
    [JsonStringEnumMemberName("facilities.outage-started")] FacilitiesOutageStarted,
    [JsonStringEnumMemberName("facilities.outage-restored")] FacilitiesOutageRestored,
    [JsonStringEnumMemberName("facilities.notice-sent")] FacilitiesNoticeSent,
}

/// <summary>The webhook names of <see cref="WebhookEvent"/>, as endpoints store them and payloads carry them.</summary>
internal static class WebhookEventNames
{
    public static IReadOnlyList<string> All { get; } = typeof(WebhookEvent).GetFields(BindingFlags.Public | BindingFlags.Static)
        .Select(field => field.GetCustomAttribute<JsonStringEnumMemberNameAttribute>()!.Name).ToList();

    public static bool IsKnown(string name) => All.Contains(name, StringComparer.Ordinal);
}
