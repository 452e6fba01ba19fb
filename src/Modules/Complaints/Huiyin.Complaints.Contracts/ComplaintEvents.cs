using Huiyin.BuildingBlocks.Outbox;

namespace Huiyin.Complaints.Contracts;

/// <summary>
/// A complaint was registered: who took it (<paramref name="ReceivedById"/>, null for an API client), the customer, what it
/// is about (<paramref name="TargetKind"/>: Department, Staff, Contractor, Product or Facility, with the staff member and
/// department it concerns), its severity by rule (General, Important or Major), why, and the role that owns it.
/// </summary>
public sealed record ComplaintRegistered(
    Guid ComplaintId,
    string Number,
    Guid CustomerId,
    string Channel,
    string Source,
    string Category,
    string TargetKind,
    Guid? TargetStaffId,
    string? TargetDepartment,
    string? TargetName,
    string Severity,
    IReadOnlyList<string> SeverityRules,
    string OwnerRole,
    Guid? ReceivedById,
    string Actor,
    DateTimeOffset OccurredAt, ComplaintPlace? Place = null)
    : IntegrationEvent(OccurredAt);

/// <summary>
/// A complaint's severity rose above what the rule proposed, and the owner role with it. <paramref name="Cause"/>: Handler (their
/// judgement, with <paramref name="Reason"/>), OpenOneMonth (an effective complaint still open a calendar month after registration) or Repeat (the
/// customer complained again of the same matter).
/// </summary>
public sealed record ComplaintSeverityRaised(
    Guid ComplaintId, string Number, Guid CustomerId, Guid? TargetStaffId, string? TargetDepartment,
    string PreviousSeverity, string Severity, string Cause, string Reason, string OwnerRole, string Actor, DateTimeOffset OccurredAt, ComplaintPlace? Place = null)
    : IntegrationEvent(OccurredAt);

/// <summary>
/// The customer complained again of the same matter while the complaint was open (S1: 按照投诉升级处理): its repeat count, the
/// severity now (one step up unless already Major) and the role that owns it, to be told.
/// </summary>
public sealed record ComplaintRepeated(
    Guid ComplaintId, string Number, Guid CustomerId, Guid? TargetStaffId, string? TargetDepartment,
    int RepeatCount, string Severity, string OwnerRole, Guid? ReceivedById, string Actor, DateTimeOffset OccurredAt, ComplaintPlace? Place = null)
    : IntegrationEvent(OccurredAt);

/// <summary>
/// The investigation set the complaint's validity (Effective, HelpSeeking or Enquiry) with its reason and root cause. Only an
/// effective complaint counts against the staff member and department complained of (<paramref name="CountsAgainstStaff"/>).
/// </summary>
public sealed record ComplaintValidityDetermined(
    Guid ComplaintId,
    string Number,
    string Validity,
    string Reason,
    bool CountsAgainstStaff,
    string RootCause,
    Guid? TargetStaffId,
    string? TargetDepartment,
    Guid? InvestigatedById,
    string Actor,
    DateTimeOffset OccurredAt, ComplaintPlace? Place = null)
    : IntegrationEvent(OccurredAt);

/// <summary>
/// The customer accepted the remedy: what the callback needs — the complainant, who handled the complaint (investigated it),
/// when it was resolved, the target staff member and department, and the department responsible for the remedy.
/// </summary>
public sealed record ComplaintResolved(
    Guid ComplaintId,
    string Number,
    Guid CustomerId,
    Guid? HandledById,
    Guid? TargetStaffId,
    string? TargetDepartment,
    string? ResponsibleDepartment,
    string Validity,
    string Actor,
    DateTimeOffset ResolvedAt, ComplaintPlace? Place = null)
    : IntegrationEvent(ResolvedAt);

/// <summary>A resolved complaint was closed.</summary>
public sealed record ComplaintClosed(
    Guid ComplaintId, string Number, Guid CustomerId, Guid? TargetStaffId, string? TargetDepartment, string Actor, DateTimeOffset OccurredAt, ComplaintPlace? Place = null)
    : IntegrationEvent(OccurredAt);

/// <summary>A resolved or closed complaint was reopened, with the reason; it is investigated again and its resolution clock restarts.</summary>
public sealed record ComplaintReopened(
    Guid ComplaintId, string Number, Guid CustomerId, string Reason, Guid? TargetStaffId, string? TargetDepartment, string Actor, DateTimeOffset OccurredAt, ComplaintPlace? Place = null)
    : IntegrationEvent(OccurredAt);

/// <summary>Where the complaint is about, when the intake named a unit: the unit, its building and its site (for reports by site).</summary>
public sealed record ComplaintPlace(Guid SiteId, Guid BuildingId, Guid UnitId, string Label);
