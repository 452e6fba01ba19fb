using Huiyin.BuildingBlocks.Persistence;
using Huiyin.BuildingBlocks.Results;

namespace Huiyin.Desk.Domain;

internal readonly record struct HandoverId(Guid Value)
{
    public static HandoverId New() => new(Guid.CreateVersion7());
}

/// <summary>A shift as it happened on one day: the team, the shift's name and the day it started.</summary>
internal sealed record ShiftOccurrence(Guid TeamId, string Shift, DateOnly Date);

internal enum CarriedItemType
{
    Ticket,
    Complaint,
}

/// <summary>An open ticket or complaint the next shift follows up, with its number.</summary>
internal sealed class CarriedItem
{
    public CarriedItemType Type { get; set; }

    public Guid ItemId { get; set; }

    public string Number { get; set; } = "";
}

/// <summary>Keys, equipment or other things counted at the change of shift (钥匙、对讲机…).</summary>
internal sealed class CountedThing
{
    public string What { get; set; } = "";

    public int Count { get; set; }
}

/// <summary>
/// A shift handover (交接班记录): notes, special events, open items carried over and things counted, signed by the shift handing
/// over when recorded and by the next shift when it accepts; accepted once.
/// </summary>
internal sealed class Handover : IAuditable, IVersioned
{
    private Handover()
    {
    }

    public HandoverId Id { get; private set; }

    public Guid TeamId { get; private set; }

    public string Shift { get; private set; } = "";

    public DateOnly ShiftDate { get; private set; }

    public string NextShift { get; private set; } = "";

    public DateOnly NextShiftDate { get; private set; }

    public Guid HandedOverById { get; private set; }

    public DateTimeOffset HandedOverAt { get; private set; }

    public string Notes { get; private set; } = "";

    public string? SpecialEvents { get; private set; }

    public List<CarriedItem> CarriedOver { get; private set; } = [];

    public List<CountedThing> Counted { get; private set; } = [];

    public Guid? AcceptedById { get; private set; }

    public DateTimeOffset? AcceptedAt { get; private set; }

    public DateTimeOffset CreatedAt { get; set; }

    public string CreatedBy { get; set; } = "";

    public DateTimeOffset UpdatedAt { get; set; }

    public string UpdatedBy { get; set; } = "";

    public uint Version { get; private set; }

    public bool Signed => AcceptedAt is not null;

    public ShiftOccurrence From => new(TeamId, Shift, ShiftDate);

    public ShiftOccurrence To => new(TeamId, NextShift, NextShiftDate);

    public static Handover Record(
        ShiftOccurrence from, ShiftOccurrence to, Guid handedOverById, DateTimeOffset at, string notes, string? specialEvents,
        IEnumerable<CarriedItem> carriedOver, IEnumerable<CountedThing> counted) => new()
    {
        Id = HandoverId.New(),
        TeamId = from.TeamId,
        Shift = from.Shift,
        ShiftDate = from.Date,
        NextShift = to.Shift,
        NextShiftDate = to.Date,
        HandedOverById = handedOverById,
        HandedOverAt = at,
        Notes = notes,
        SpecialEvents = specialEvents,
        CarriedOver = [.. carriedOver],
        Counted = [.. counted],
    };

    /// <summary>The next shift signs; a handover is signed once (409 the second time).</summary>
    public Result Accept(Guid acceptedById, DateTimeOffset at)
    {
        if (Signed)
        {
            return Error.IllegalTransition("accept", "Accepted", []);
        }

        AcceptedById = acceptedById;
        AcceptedAt = at;
        return Result.Success();
    }
}
