using MediatR;

namespace Huiyin.Facilities.Contracts;

/// <summary>What another module may read of a unit synchronously; null when there is no such unit.</summary>
public sealed record GetUnitAddress(Guid UnitId) : IRequest<UnitAddress?>;

/// <summary>The addresses of the units that exist among <paramref name="UnitIds"/> (at most 500), in no particular order.</summary>
public sealed record GetUnitsAddresses(IReadOnlyCollection<Guid> UnitIds) : IRequest<IReadOnlyList<UnitAddress>>
{
    public const int MostUnits = 500;
}

/// <summary>
/// A unit's address as people say it (<paramref name="Label"/>: 翠苑 3栋 2单元 1502), its number as typed in a search
/// (<paramref name="FullNumber"/>: 3-2-1502), where it stands, and the customers who own it and live in it now.
/// </summary>
public sealed record UnitAddress(
    Guid UnitId,
    string Label,
    string FullNumber,
    Guid SiteId,
    string SiteName,
    Guid BuildingId,
    string BuildingName,
    IReadOnlyList<Guid> OwnerIds,
    IReadOnlyList<Guid> OccupantIds);
