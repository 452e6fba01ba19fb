namespace Huiyin.Facilities.Domain;

/// <summary>A customer's time in a unit as owner or occupant: current while <see cref="MovedOutAt"/> is null, kept for ever after.</summary>
internal sealed class Occupancy
{
    private Occupancy()
    {
    }

    public Guid Id { get; private set; }

    public UnitId UnitId { get; private set; }

    public Guid CustomerId { get; private set; }

    public OccupancyRole Role { get; private set; }

    public DateTimeOffset MovedInAt { get; private set; }

    public string MovedInRecordedBy { get; private set; } = "";

    public DateTimeOffset? MovedOutAt { get; private set; }

    public string? MovedOutRecordedBy { get; private set; }

    public bool IsCurrent => MovedOutAt is null;

    public static Occupancy Begin(UnitId unitId, Guid customerId, OccupancyRole role, DateTimeOffset movedInAt, string actor) => new()
    {
        Id = Guid.CreateVersion7(), UnitId = unitId, CustomerId = customerId, Role = role, MovedInAt = movedInAt.ToUniversalTime(), MovedInRecordedBy = actor,
    };

    public void End(DateTimeOffset movedOutAt, string actor)
    {
        MovedOutAt = movedOutAt.ToUniversalTime();
        MovedOutRecordedBy = actor;
    }
}
