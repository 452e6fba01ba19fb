using Huiyin.BuildingBlocks.Outbox;

namespace Huiyin.Desk.Contracts;

/// <summary>A team's shifts and the people on them were set for the week starting <paramref name="WeekOf"/> (a Monday).</summary>
public sealed record DutyRosterSet(Guid TeamId, DateOnly WeekOf, IReadOnlyList<Guid> StaffIds, string Actor, DateTimeOffset OccurredAt)
    : IntegrationEvent(OccurredAt);

/// <summary>
/// A ticket in an emergency category (<paramref name="Category"/>) was taken in and the technicians and managers on duty at that
/// instant (<paramref name="StaffIds"/>, of the teams <paramref name="TeamIds"/>) are paged at once; nobody when nobody was rostered,
/// and then every Manager should hear of it. <paramref name="SiteId"/> is the site of the ticket's unit, when it has one.
/// </summary>
public sealed record EmergencyPaged(
    Guid PageId, Guid TicketId, string Number, string Category, Guid CustomerId, IReadOnlyList<Guid> StaffIds, IReadOnlyList<Guid> TeamIds,
    DateTimeOffset ReportedAt, DateTimeOffset OccurredAt, Guid? SiteId = null)
    : IntegrationEvent(OccurredAt);

/// <summary>A shift (<paramref name="Shift"/> of <paramref name="TeamId"/>) was handed over by <paramref name="HandedOverById"/> to the next one, with the open items it carries over.</summary>
public sealed record ShiftHandedOver(
    Guid HandoverId, Guid TeamId, string Shift, string NextShift, Guid HandedOverById, IReadOnlyList<Guid> CarriedOverItemIds, DateTimeOffset OccurredAt)
    : IntegrationEvent(OccurredAt);

/// <summary>The next shift signed a handover: <paramref name="AcceptedById"/> took over its open items.</summary>
public sealed record ShiftHandoverAccepted(
    Guid HandoverId, Guid TeamId, string Shift, string NextShift, Guid HandedOverById, Guid AcceptedById, IReadOnlyList<Guid> CarriedOverItemIds, DateTimeOffset OccurredAt)
    : IntegrationEvent(OccurredAt);
