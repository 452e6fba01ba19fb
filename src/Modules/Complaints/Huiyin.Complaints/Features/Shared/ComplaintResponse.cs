using Huiyin.Complaints.Contracts;
using Huiyin.Complaints.Domain;
using Huiyin.Organization.Contracts;
using Huiyin.Sla.Contracts;

namespace Huiyin.Complaints.Features.Shared;

/// <summary>A rule that applies to the complaint, the severity it asks for, and its wording in the caller's language.</summary>
internal sealed record SeverityReasonResponse(SeverityRule Rule, ComplaintSeverity Severity, string Text);

/// <summary>
/// The complaint's deadlines: its policy and why, the due times, breaches (for ever), the escalation level, the same-day
/// investigation (当天调查), due at the end of the desk's day of registration, the acknowledgement (15 minutes: the SMS receipt or the
/// first contact) and the hand-off (1 hour: the call to the handling team or the remedy's department decided). Each of the last three
/// is null on a complaint registered before it existed.
/// </summary>
internal sealed record ComplaintSlaResponse(
    Guid PolicyId,
    string Policy,
    string Explanation,
    DateTimeOffset FirstContactDueAt,
    DateTimeOffset ResolutionDueAt,
    bool FirstContactBreached,
    bool ResolutionBreached,
    int EscalationLevel,
    GoalClockResponse? Investigation,
    GoalClockResponse? Acknowledgement,
    GoalClockResponse? Handoff);

/// <summary>When a one-off goal is due, whether it was late, and when it was met (null until then).</summary>
internal sealed record GoalClockResponse(DateTimeOffset DueAt, bool Breached, DateTimeOffset? DoneAt);

/// <summary>A list item's nearest running deadline: which clock, when, and whether that time has passed.</summary>
internal sealed record NearestDeadlineResponse(SlaMetric Metric, DateTimeOffset DueAt, bool Overdue);

/// <summary>What the handling steps recorded so far: each part is null until its step is taken.</summary>
internal sealed record ComplaintHandlingResponse(
    string? Findings,
    string? ValidityReason,
    RootCause? RootCause,
    bool CountsAgainstStaff,
    Guid? InvestigatedById,
    string? RemedyProposal,
    string? Remedy,
    string? ResponsibleDepartment,
    Guid? RemedyDecidedById,
    string? WorkDone,
    string? CustomerFeedback,
    DateTimeOffset? ResolvedAt,
    DateTimeOffset? ClosedAt);

/// <summary>
/// A complaint: <c>severity</c> is the rule's (<c>ruleSeverity</c>) unless the handler raised it (<c>severityRaisedReason</c>);
/// <c>ownerRole</c> follows the severity; <c>allowedActions</c> are the handling steps its status allows. <c>sla</c> is given on a
/// single complaint, not in lists; <c>nextDeadline</c> (the nearest running clock) and <c>breached</c> (any clock, ever) on both.
/// </summary>
internal sealed record ComplaintResponse(
    Guid Id,
    string Number,
    ComplaintStatus Status,
    IReadOnlyList<ComplaintAction> AllowedActions,
    ComplaintValidity Validity,
    ComplaintSeverity Severity,
    ComplaintSeverity RuleSeverity,
    IReadOnlyList<SeverityReasonResponse> SeverityReasons,
    string? SeverityRaisedReason,
    StaffRole OwnerRole,
    Guid CustomerId,
    string CustomerName,
    string? CustomerPhone,
    ComplaintChannel Channel,
    ComplaintSource Source,
    ComplaintCategory Category,
    string Description,
    ComplaintTargetKind TargetKind,
    Guid? TargetStaffId,
    string? TargetDepartment,
    string? TargetName,
    int HouseholdsAffected,
    decimal? CompensationClaimed,
    bool LawsuitOrMedia,
    bool InjuryOrHeavyLoss,
    int RepeatCount,
    Guid? ReceivedById,
    Guid? TicketId,
    Guid? FollowsComplaintId,
    ComplaintPlace? Place,
    ComplaintHandlingResponse Handling,
    ComplaintSlaResponse? Sla,
    NearestDeadlineResponse? NextDeadline,
    bool Breached,
    DateTimeOffset CreatedAt,
    string CreatedBy,
    DateTimeOffset UpdatedAt);
