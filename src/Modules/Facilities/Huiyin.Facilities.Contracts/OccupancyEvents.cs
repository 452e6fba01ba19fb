using Huiyin.BuildingBlocks.Outbox;

namespace Huiyin.Facilities.Contracts;

/// <summary>
/// A customer moved into a unit as its <paramref name="Role"/> (Owner or Occupant) on <paramref name="MovedInAt"/>; recorded by
/// <paramref name="RecordedById"/> (null for an API client). Callbacks calls back a month later.
/// </summary>
public sealed record CustomerMovedIn(
    Guid CustomerId,
    Guid UnitId,
    Guid BuildingId,
    Guid SiteId,
    string Address,
    string Role,
    DateTimeOffset MovedInAt,
    Guid? RecordedById,
    string Actor,
    DateTimeOffset OccurredAt)
    : IntegrationEvent(OccurredAt);

/// <summary>A customer moved out of a unit; the occupancy is kept in the unit's history. <paramref name="UnitVacant"/>: nobody is left.</summary>
public sealed record CustomerMovedOut(
    Guid CustomerId,
    Guid UnitId,
    Guid BuildingId,
    Guid SiteId,
    string Address,
    string Role,
    DateTimeOffset MovedOutAt,
    bool UnitVacant,
    Guid? RecordedById,
    string Actor,
    DateTimeOffset OccurredAt)
    : IntegrationEvent(OccurredAt);
