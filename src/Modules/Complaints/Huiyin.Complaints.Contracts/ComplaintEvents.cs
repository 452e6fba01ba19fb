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
    DateTimeOffset OccurredAt)
    : IntegrationEvent(OccurredAt);

/// <summary>The handler raised a complaint's severity above what the rule proposed; the owner role follows the severity.</summary>
public sealed record ComplaintSeverityRaised(
    Guid ComplaintId, string Number, string PreviousSeverity, string Severity, string Reason, string OwnerRole, string Actor, DateTimeOffset OccurredAt)
    : IntegrationEvent(OccurredAt);
