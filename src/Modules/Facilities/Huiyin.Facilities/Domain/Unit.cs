using Huiyin.BuildingBlocks.Persistence;
using Huiyin.BuildingBlocks.Results;

namespace Huiyin.Facilities.Domain;

/// <summary>
/// A unit (房屋) of a building, on a floor and, in buildings with several entrances, behind one (单元). Its owners and occupants
/// are customers; each move in and out is an <see cref="Occupancy"/>, never deleted. Vacant while nobody holds it.
/// </summary>
internal sealed class Unit : IAuditable, IVersioned
{
    private readonly List<Occupancy> _occupancies = [];

    private Unit()
    {
    }

    public UnitId Id { get; private set; }

    public SiteId SiteId { get; private set; }

    public BuildingId BuildingId { get; private set; }

    public string? Entrance { get; private set; }

    public int Floor { get; private set; }

    public string Number { get; private set; } = "";

    /// <summary>The number as typed in a search, unique in its building: 3-2-1502 (building code, entrance, number).</summary>
    public string FullNumber { get; private set; } = "";

    /// <summary>The address as people say it: 翠苑 3栋 2单元 1502.</summary>
    public string Label { get; private set; } = "";

    public decimal? AreaSquareMetres { get; private set; }

    public bool Vacant { get; private set; }

    public IReadOnlyList<Occupancy> Occupancies => _occupancies;

    public DateTimeOffset CreatedAt { get; set; }

    public string CreatedBy { get; set; } = "";

    public DateTimeOffset UpdatedAt { get; set; }

    public string UpdatedBy { get; set; } = "";

    public uint Version { get; private set; }

    public static Unit Create(Site site, Building building, UnitPlace place, decimal? areaSquareMetres) => new()
    {
        Id = UnitId.New(),
        SiteId = site.Id,
        BuildingId = building.Id,
        Entrance = place.Entrance,
        Floor = place.Floor,
        Number = place.Number,
        FullNumber = string.Join('-', new[] { building.Code, place.Entrance, place.Number }.OfType<string>()),
        Label = string.Join(' ', new[] { site.Name, building.Name, place.Entrance is null ? null : $"{place.Entrance}单元", place.Number }.OfType<string>()),
        AreaSquareMetres = areaSquareMetres,
        Vacant = true,
    };

    public IEnumerable<Guid> Current(OccupancyRole role) =>
        _occupancies.Where(o => o.IsCurrent && o.Role == role).Select(o => o.CustomerId);

    /// <summary>A customer moves in as owner or occupant; the same customer cannot hold the same role twice at once (409).</summary>
    public Result MoveIn(Guid customerId, OccupancyRole role, DateTimeOffset movedInAt, string actor)
    {
        if (Current(role).Contains(customerId))
        {
            return AlreadyMovedIn;
        }

        _occupancies.Add(Occupancy.Begin(Id, customerId, role, movedInAt, actor));
        Vacant = false;
        return Result.Success();
    }

    /// <summary>Ends the customer's current occupancies of the unit (409 when there is none); the unit is vacant when nobody is left.</summary>
    public Result<IReadOnlyList<Occupancy>> MoveOut(Guid customerId, DateTimeOffset movedOutAt, string actor)
    {
        var ending = _occupancies.Where(o => o.IsCurrent && o.CustomerId == customerId).ToList();
        if (ending.Count == 0)
        {
            return Error.Conflict("not_moved_in", "This customer does not live in or own this unit now.");
        }

        if (ending.Any(o => movedOutAt < o.MovedInAt))
        {
            return Error.Validation("moved_out_before_moved_in", "movedOutAt", "The move-out date is before the customer moved in.");
        }

        ending.ForEach(o => o.End(movedOutAt, actor));
        Vacant = !_occupancies.Any(o => o.IsCurrent);
        return Result<IReadOnlyList<Occupancy>>.Success(ending);
    }

    public static Error AlreadyMovedIn =>
        Error.Conflict("already_moved_in", "This customer already holds this unit in this role; move them out first.");
}

/// <summary>Where a unit is in its building: the entrance (单元) if the building has several, the floor and the door number.</summary>
internal sealed record UnitPlace(string? Entrance, int Floor, string Number);
