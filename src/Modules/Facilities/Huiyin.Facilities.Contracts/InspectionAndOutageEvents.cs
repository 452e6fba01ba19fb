using Huiyin.BuildingBlocks.Outbox;

namespace Huiyin.Facilities.Contracts;

/// <summary>
/// An inspection round's item failed (or its reading was out of limits) where <paramref name="UnitId"/>,
/// <paramref name="AreaId"/> or <paramref name="EquipmentId"/> says; <paramref name="TicketId"/> is the repair ticket it created;
/// <paramref name="TeamId"/> the team the round was assigned to.
/// </summary>
public sealed record InspectionItemFailed(
    Guid RoundId,
    Guid ItemId,
    string Item,
    string? Note,
    decimal? Reading,
    Guid SiteId,
    Guid? BuildingId,
    Guid? AreaId,
    Guid? UnitId,
    Guid? EquipmentId,
    Guid? TicketId,
    Guid? InspectedById,
    Guid? TeamId,
    string Actor,
    DateTimeOffset OccurredAt)
    : IntegrationEvent(OccurredAt);

/// <summary>
/// An outage (PowerCut, WaterCut, BurstPipe, GasLeak, Fire, LiftEntrapment, Other) started over the units it affects:
/// their number and the scope as chosen (<c>3栋</c>, <c>3栋 5层</c>…), not every unit id, which would make an estate-wide
/// event hundreds of kilobytes; <see cref="GetOutagesAffectingUnit"/> answers for one unit.
/// </summary>
public sealed record OutageStarted(
    Guid OutageId,
    string Kind,
    string Title,
    IReadOnlyList<Guid> SiteIds,
    IReadOnlyList<Guid> BuildingIds,
    IReadOnlyList<string> Scope,
    int AffectedUnitCount,
    DateTimeOffset StartedAt,
    DateTimeOffset? EstimatedRestorationAt,
    Guid? ReportedById,
    string Actor,
    DateTimeOffset OccurredAt)
    : IntegrationEvent(OccurredAt);

/// <summary>An outage ended: service is restored to the units it affected.</summary>
public sealed record OutageRestored(
    Guid OutageId,
    string Kind,
    string Title,
    IReadOnlyList<Guid> SiteIds,
    IReadOnlyList<Guid> BuildingIds,
    IReadOnlyList<string> Scope,
    int AffectedUnitCount,
    DateTimeOffset StartedAt,
    DateTimeOffset RestoredAt,
    Guid? RestoredById,
    string Actor,
    DateTimeOffset OccurredAt)
    : IntegrationEvent(OccurredAt);
