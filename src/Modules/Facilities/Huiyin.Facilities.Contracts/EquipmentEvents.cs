using Huiyin.BuildingBlocks.Outbox;

namespace Huiyin.Facilities.Contracts;

/// <summary>
/// Equipment went Up or Down. Where it stands: the site always, the building, public area or unit when it is in one. Back
/// Up, <paramref name="Downtime"/> is how long it was down.
/// </summary>
public sealed record EquipmentStatusChanged(
    Guid EquipmentId,
    string Name,
    string Type,
    Guid SiteId,
    Guid? BuildingId,
    Guid? AreaId,
    Guid? UnitId,
    string PreviousStatus,
    string Status,
    string? Reason,
    TimeSpan? Downtime,
    Guid? ReportedById,
    string Actor,
    DateTimeOffset OccurredAt)
    : IntegrationEvent(OccurredAt);

/// <summary>
/// A certificate of equipment (a lift's inspection certificate, say) expires within 30 days; published once per certificate, for
/// the roles in <paramref name="NotifyRoles"/> to arrange the inspection.
/// </summary>
public sealed record EquipmentCertificateExpiring(
    Guid EquipmentId,
    string Name,
    string Type,
    Guid SiteId,
    Guid? BuildingId,
    string CertificateNumber,
    DateOnly ExpiresOn,
    IReadOnlyList<string> NotifyRoles,
    DateTimeOffset OccurredAt)
    : IntegrationEvent(OccurredAt);
