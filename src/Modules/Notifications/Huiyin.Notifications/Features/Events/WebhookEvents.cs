using Huiyin.BuildingBlocks.Messaging;
using Huiyin.Callbacks.Contracts;
using Huiyin.Complaints.Contracts;
using Huiyin.Customers.Contracts;
using Huiyin.Facilities.Contracts;
using Huiyin.Sla.Contracts;
using Huiyin.Tickets.Contracts;
using MediatR;
using Microsoft.Extensions.DependencyInjection;

namespace Huiyin.Notifications.Features.Events;

/// <summary>The integration events integrators may subscribe to, by their webhook names; each is queued by <see cref="QueueWebhookDeliveries{TEvent}"/>.</summary>
internal static class WebhookEvents
{
    public static IReadOnlyDictionary<Type, string> Names { get; } = new Dictionary<Type, string>
    {
        [typeof(TicketCreated)] = "ticket.created",
        [typeof(TicketContacted)] = "ticket.contacted",
        [typeof(TicketAssigned)] = "ticket.assigned",
        [typeof(TicketResolved)] = "ticket.resolved",
        [typeof(TicketClosed)] = "ticket.closed",
        [typeof(TicketReopened)] = "ticket.reopened",
        [typeof(TicketCancelled)] = "ticket.cancelled",
        [typeof(ComplaintRegistered)] = "complaint.created",
        [typeof(ComplaintSeverityRaised)] = "complaint.severity-raised",
        [typeof(ComplaintResolved)] = "complaint.resolved",
        [typeof(ComplaintClosed)] = "complaint.closed",
        [typeof(CallbackCompleted)] = "callback.completed",
        [typeof(SlaWarning)] = "sla.warning",
        [typeof(SlaBreached)] = "sla.breached",
        [typeof(SlaEscalated)] = "sla.escalated",
        [typeof(CustomerRegistered)] = "customer.registered",
        [typeof(CustomerUpdated)] = "customer.updated",
        [typeof(CustomerTierChanged)] = "customer.tier-changed",
        [typeof(OutageStarted)] = "facilities.outage-started",
        [typeof(OutageRestored)] = "facilities.outage-restored",
        [typeof(NoticeSent)] = "facilities.notice-sent",
    };

    public static IServiceCollection AddWebhookEventHandlers(this IServiceCollection services)
    {
        foreach (var eventType in Names.Keys)
        {
            services.AddHandler(typeof(INotificationHandler<>).MakeGenericType(eventType), typeof(QueueWebhookDeliveries<>).MakeGenericType(eventType));
        }

        return services;
    }
}
