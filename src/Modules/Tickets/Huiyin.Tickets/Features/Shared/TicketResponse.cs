using Huiyin.Sla.Contracts;
using Huiyin.Tickets.Contracts;
using Huiyin.Tickets.Domain;

namespace Huiyin.Tickets.Features.Shared;

/// <summary>
/// The ticket's deadlines: its policy and why, the due times (acknowledgement null for work no customer reported), breaches
/// (for ever) and the escalation level.
/// </summary>
internal sealed record TicketSlaResponse(
    Guid PolicyId,
    string Policy,
    string Explanation,
    DateTimeOffset FirstContactDueAt,
    DateTimeOffset ResolutionDueAt,
    DateTimeOffset? AcknowledgementDueAt,
    DateTimeOffset? HandoffDueAt,
    bool AcknowledgementMet,
    bool HandoffMet,
    bool ResolutionPaused,
    bool FirstContactBreached,
    bool ResolutionBreached,
    bool AcknowledgementBreached,
    bool HandoffBreached,
    int EscalationLevel);

/// <summary>An outage in force at the ticket's unit when it was taken in: the ticket came in during it.</summary>
internal sealed record TicketOutageResponse(Guid OutageId, string Title);

internal sealed record TicketResponse(
    Guid Id,
    string Number,
    TicketKind Kind,
    IntakeChannel Channel,
    TicketStatus Status,
    TicketPriority Priority,
    WorkComplexity Complexity,
    TicketCategory Category,
    string Description,
    Guid CustomerId,
    string CustomerName,
    string? CustomerPhone,
    string? UnitId,
    string? Location,
    string? Origin,
    IReadOnlyList<TicketOutageResponse> Outages,
    DateTimeOffset? PromisedAt,
    DateTimeOffset? AppointmentFrom,
    DateTimeOffset? AppointmentTo,
    bool Chargeable,
    decimal? Fee,
    Guid? TeamId,
    Guid? AssigneeId,
    IReadOnlyList<Guid> TechnicianIds,
    string? PendingReason,
    DateTimeOffset? FirstContactAt,
    DateTimeOffset? LastContactAt,
    bool FollowUpDue,
    DateTimeOffset? ResolvedAt,
    string? ResolutionSummary,
    DateTimeOffset? ClosedAt,
    string? CancelReason,
    IReadOnlyList<TicketAction> AllowedActions,
    TicketSlaResponse Sla,
    DateTimeOffset CreatedAt,
    string CreatedBy,
    DateTimeOffset UpdatedAt)
{
    public static TicketResponse From(Ticket t, DateTimeOffset now, IReadOnlyList<ClockView>? liveClocks = null)
    {
        foreach (var clock in liveClocks ?? [])
        {
            t.Deadlines.Mirror(clock);
        }

        var d = t.Deadlines;
        return new TicketResponse(
            t.Id.Value, t.Number, t.Kind, t.Channel, t.Status, t.Priority, t.Complexity,
            t.Category, t.Description, t.CustomerId, t.CustomerName, t.CustomerPhone, t.UnitId, t.Location, t.Origin,
            t.Outages.Select(o => new TicketOutageResponse(o.OutageId, o.Title)).ToList(), t.PromisedAt,
            t.AppointmentFrom, t.AppointmentTo, t.Chargeable, t.Fee, t.TeamId, t.TechnicianIds.Count > 0 ? t.TechnicianIds[0] : null, t.TechnicianIds,
            t.PendingReason, t.FirstContactAt, t.LastContactAt, FollowUp.IsDue(t, now), t.ResolvedAt, t.ResolutionSummary, t.ClosedAt, t.CancelReason,
            TicketLifecycle.AllowedIn(t.Status),
            new TicketSlaResponse(d.PolicyId, d.PolicyName, d.Explanation, d.FirstContactDueAt, d.ResolutionDueAt, d.AcknowledgementDueAt, d.HandoffDueAt,
                d.AcknowledgementMet, d.HandoffMet, d.ResolutionPaused, d.FirstContactBreached, d.ResolutionBreached, d.AcknowledgementBreached,
                d.HandoffBreached, d.EscalationLevel),
            t.CreatedAt, t.CreatedBy, t.UpdatedAt);
    }
}
