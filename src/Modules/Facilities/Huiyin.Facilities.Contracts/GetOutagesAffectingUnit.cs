using MediatR;

namespace Huiyin.Facilities.Contracts;

/// <summary>The outages in force now (started, not restored) that affect the unit; none for an unknown unit.</summary>
public sealed record GetOutagesAffectingUnit(Guid UnitId) : IRequest<IReadOnlyList<OutageInForce>>;

/// <summary>An outage in force: its <paramref name="Kind"/> (PowerCut, WaterCut…) and title, to say a ticket came in during it.</summary>
public sealed record OutageInForce(Guid OutageId, string Kind, string Title);
