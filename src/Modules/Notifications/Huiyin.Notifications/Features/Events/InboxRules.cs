using System.Globalization;
using Huiyin.BuildingBlocks.Messaging;
using Huiyin.Complaints.Contracts;
using Huiyin.Desk.Contracts;
using Huiyin.Facilities.Contracts;
using Huiyin.Notifications.Contracts;
using Huiyin.Notifications.Domain.Inbox;
using Huiyin.Organization.Contracts;
using Huiyin.Sla.Contracts;
using Huiyin.Tickets.Contracts;
using MediatR;
using Microsoft.Extensions.DependencyInjection;

namespace Huiyin.Notifications.Features.Events;

/// <summary>Whom an event concerns and what their inbox line says.</summary>
internal sealed record InboxRule<TEvent>(
    Func<TEvent, IMediator, CancellationToken, Task<InboxAudience>> Audience, Func<TEvent, InboxNote> Note);

/// <summary>
/// The events that reach people's inboxes (and so their screens), each written by <see cref="AddToInboxes{TEvent}"/>, and
/// their mail and phones where they asked for it (<see cref="MessagePeople{TEvent}"/>).
/// Not mapped: warnings and breaches on complaints and callbacks (their modules tell no handler yet), group complaints
/// (complaints carry no group mark), and outages to the staff on duty (they go to every Agent and Supervisor).
/// </summary>
internal static class InboxRules
{
    private static readonly Dictionary<Type, object> Rules = new()
    {
        [typeof(SlaEscalated)] = Rule<SlaEscalated>(
            e => InboxAudience.AtLevel(e.Level),
            e => Note(InboxKind.Escalation, "inbox.escalated", Link(e.ItemType, e.ItemId), urgent: true,
                ("metric", e.Metric.ToString()), ("level", e.Level.ToString(CultureInfo.InvariantCulture)))),
        [typeof(SlaBreached)] = Rule<SlaBreached>(
            (e, mediator, ct) => WorkersAsync(e.ItemType, e.ItemId, mediator, ct),
            e => Note(InboxKind.Breach, "inbox.breached", Link(e.ItemType, e.ItemId), urgent: true, ("metric", e.Metric.ToString()))),
        [typeof(SlaWarning)] = Rule<SlaWarning>(
            (e, mediator, ct) => WorkersAsync(e.ItemType, e.ItemId, mediator, ct),
            e => Note(InboxKind.Warning, "inbox.warned", Link(e.ItemType, e.ItemId), urgent: false,
                ("metric", e.Metric.ToString()), ("dueAt", e.DueAt.ToString("O", CultureInfo.InvariantCulture)))),
        [typeof(TicketAssigned)] = Rule<TicketAssigned>(
            e => InboxAudience.Of(e.TechnicianIds),
            e => Note(InboxKind.Job, "inbox.jobDispatched", new InboxLink("ticket", e.TicketId), urgent: false)),
        [typeof(TicketFollowUpDue)] = Rule<TicketFollowUpDue>(
            (e, mediator, ct) => WorkersAsync(SlaWorkType.Ticket, e.TicketId, mediator, ct),
            e => Note(InboxKind.FollowUp, "inbox.followUpDue", new InboxLink("ticket", e.TicketId), urgent: false, ("number", e.Number))),
        [typeof(ComplaintRegistered)] = Rule<ComplaintRegistered>(
            e => e.Severity == "Major" || e.Source == "Media" ? InboxAudience.Of(StaffRole.Manager, StaffRole.Executive) : InboxAudience.Nobody,
            e => Note(InboxKind.Complaint, e.Source == "Media" ? "inbox.mediaComplaint" : "inbox.majorComplaint", new InboxLink("complaint", e.ComplaintId),
                urgent: true, ("number", e.Number), ("category", e.Category))),
        [typeof(ComplaintSeverityRaised)] = Rule<ComplaintSeverityRaised>(
            e => e.Severity == "Major" ? InboxAudience.Of(StaffRole.Manager, StaffRole.Executive) : InboxAudience.Nobody,
            e => Note(InboxKind.Complaint, "inbox.complaintRaisedToMajor", new InboxLink("complaint", e.ComplaintId), urgent: true, ("number", e.Number))),
        [typeof(OutageStarted)] = Rule<OutageStarted>(
            _ => InboxAudience.Of(StaffRole.Agent, StaffRole.Supervisor),
            e => Note(InboxKind.Outage, "inbox.outageStarted", new InboxLink("outage", e.OutageId), urgent: true, ("kind", e.Kind), ("title", e.Title))),
        [typeof(OutageRestored)] = Rule<OutageRestored>(
            _ => InboxAudience.Of(StaffRole.Agent, StaffRole.Supervisor),
            e => Note(InboxKind.Outage, "inbox.outageRestored", new InboxLink("outage", e.OutageId), urgent: false, ("kind", e.Kind), ("title", e.Title))),
        [typeof(EquipmentCertificateExpiring)] = Rule<EquipmentCertificateExpiring>(
            e => InboxAudience.Of(e.NotifyRoles.Select(role => Enum.TryParse<StaffRole>(role, out var r) ? r : (StaffRole?)null).OfType<StaffRole>().ToArray()),
            e => Note(InboxKind.Certificate, "inbox.certificateExpiring", new InboxLink("equipment", e.EquipmentId), urgent: false,
                ("name", e.Name), ("certificate", e.CertificateNumber), ("expiresOn", e.ExpiresOn.ToString("O", CultureInfo.InvariantCulture)))),
        [typeof(EmergencyPaged)] = Rule<EmergencyPaged>(
            e => e.StaffIds.Count > 0 ? InboxAudience.Of(e.StaffIds) : InboxAudience.Of(StaffRole.Manager),
            e => Note(InboxKind.Emergency, "inbox.emergencyPaged", new InboxLink("ticket", e.TicketId), urgent: true, ("number", e.Number), ("category", e.Category))),
        [typeof(WebhookEndpointDisabled)] = Rule<WebhookEndpointDisabled>(
            _ => InboxAudience.Of(StaffRole.Admin),
            e => Note(InboxKind.Webhook, "inbox.webhookDisabled", new InboxLink("webhook", e.EndpointId), urgent: false, ("url", e.Url), ("reason", e.Reason))),
    };

    public static InboxRule<TEvent> For<TEvent>() => (InboxRule<TEvent>)Rules[typeof(TEvent)];

    /// <summary>Everyone the event concerns, before their own choices of channel.</summary>
    public static async Task<IReadOnlyList<Guid>> RecipientsAsync<TEvent>(TEvent integrationEvent, IMediator mediator, CancellationToken cancellationToken)
    {
        var audience = await For<TEvent>().Audience(integrationEvent, mediator, cancellationToken);
        return await audience.ResolveAsync(mediator, cancellationToken);
    }

    public static IServiceCollection AddInboxEventHandlers(this IServiceCollection services)
    {
        foreach (var eventType in Rules.Keys)
        {
            services.AddHandler(typeof(INotificationHandler<>).MakeGenericType(eventType), typeof(AddToInboxes<>).MakeGenericType(eventType));
            services.AddHandler(typeof(INotificationHandler<>).MakeGenericType(eventType), typeof(MessagePeople<>).MakeGenericType(eventType));
        }

        return services;
    }

    private static InboxRule<TEvent> Rule<TEvent>(Func<TEvent, InboxAudience> audience, Func<TEvent, InboxNote> note) =>
        new((e, _, _) => Task.FromResult(audience(e)), note);

    private static InboxRule<TEvent> Rule<TEvent>(Func<TEvent, IMediator, CancellationToken, Task<InboxAudience>> audience, Func<TEvent, InboxNote> note) =>
        new(audience, note);

    private static InboxNote Note(InboxKind kind, string code, InboxLink? link, bool urgent, params (string Key, string Value)[] args) =>
        new(kind, code, args.ToDictionary(a => a.Key, a => a.Value), link, urgent);

    private static InboxLink Link(SlaWorkType type, Guid id) => new(type.ToString().ToLowerInvariant(), id);

    /// <summary>The people working on a ticket; a complaint's or callback's clock reaches nobody by name yet.</summary>
    private static async Task<InboxAudience> WorkersAsync(SlaWorkType type, Guid itemId, IMediator mediator, CancellationToken cancellationToken) =>
        type == SlaWorkType.Ticket ? InboxAudience.Of(await mediator.Send(new GetTicketWorkers(itemId), cancellationToken)) : InboxAudience.Nobody;
}
