using Huiyin.BuildingBlocks.Outbox;

namespace Huiyin.Tickets.Contracts;

/// <summary>
/// What every ticket event tells of where the work stands: the team the ticket is assigned to and the site of its unit, each null
/// when the ticket has none (and in events stored before they were told).
/// </summary>
public abstract record TicketEvent(DateTimeOffset OccurredAt) : IntegrationEvent(OccurredAt)
{
    public Guid? TeamId { get; init; }

    public Guid? SiteId { get; init; }
}

/// <summary>A ticket was taken in. Kind is Enquiry, ServiceRequest or Repair; Channel and Category as in the API.</summary>
public sealed record TicketCreated(
    Guid TicketId, string Number, string Kind, string Channel, Guid CustomerId, string Category, string Priority, string Actor, DateTimeOffset OccurredAt)
    : TicketEvent(OccurredAt);

/// <summary>A contact with the customer was logged (Outcome: Reached, Unreachable or MessageLeft); FirstContact tells the first one.</summary>
public sealed record TicketContacted(
    Guid TicketId, Guid ContactId, string Method, string Outcome, bool FirstContact, Guid? HandlerId, DateTimeOffset OccurredAt)
    : TicketEvent(OccurredAt);

/// <summary>Technicians were dispatched; the first is the lead.</summary>
public sealed record TicketAssigned(Guid TicketId, IReadOnlyList<Guid> TechnicianIds, string Actor, DateTimeOffset OccurredAt)
    : TicketEvent(OccurredAt);

/// <summary>
/// The work is done; a callback should ask the customer whether it really was (§5), made by the staff member who took the ticket
/// in (<paramref name="TakenInById"/>; null when an API client or the system opened it).
/// </summary>
public sealed record TicketResolved(
    Guid TicketId, string Number, Guid CustomerId, IReadOnlyList<Guid> TechnicianIds, string Summary, string Actor, DateTimeOffset OccurredAt, Guid? TakenInById = null)
    : TicketEvent(OccurredAt);

public sealed record TicketClosed(Guid TicketId, string Actor, DateTimeOffset OccurredAt) : TicketEvent(OccurredAt);

public sealed record TicketReopened(Guid TicketId, string Reason, string Actor, DateTimeOffset OccurredAt) : TicketEvent(OccurredAt);

public sealed record TicketCancelled(Guid TicketId, string Reason, string Actor, DateTimeOffset OccurredAt) : TicketEvent(OccurredAt);

/// <summary>A technician checked out of a site visit at the ticket's customer (<paramref name="CustomerId"/>).</summary>
public sealed record TechnicianVisitCompleted(
    Guid TicketId, Guid VisitId, Guid TechnicianId, DateTimeOffset CheckedInAt, DateTimeOffset CheckedOutAt, DateTimeOffset OccurredAt, Guid? CustomerId = null)
    : TicketEvent(OccurredAt);

/// <summary>An open ticket's customer has not heard from the desk for a day (每天与业主沟通跟进): someone should call.</summary>
public sealed record TicketFollowUpDue(
    Guid TicketId, string Number, IReadOnlyList<Guid> TechnicianIds, DateTimeOffset QuietSince, DateTimeOffset OccurredAt)
    : TicketEvent(OccurredAt);
