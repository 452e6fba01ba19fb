using Huiyin.BuildingBlocks.Persistence;
using Huiyin.BuildingBlocks.Results;

namespace Huiyin.Facilities.Domain;

/// <summary>
/// A day's inspection of one place (a vacant unit, a public area) with one checklist, item by item, by its team; once
/// completed it is the round's record for the department head (交部门主任审阅) and takes no more results.
/// </summary>
internal sealed class Round : IAuditable, IVersioned
{
    private Round()
    {
    }

    public RoundId Id { get; private set; }

    public DateOnly Date { get; private set; }

    public ChecklistId ChecklistId { get; private set; }

    public string ChecklistName { get; private set; } = "";

    /// <summary>The place as a key (<c>unit:{id}</c>, <c>area:{id}</c>): one round per checklist, place and day.</summary>
    public string TargetKey { get; private set; } = "";

    public RoundPlace Place { get; private set; } = null!;

    public Guid? TeamId { get; private set; }

    /// <summary>Who does the round: the first staff member to record an item, unless someone was named before.</summary>
    public Guid? AssigneeId { get; private set; }

    public RoundStatus Status { get; private set; }

    public DateTimeOffset? CompletedAt { get; private set; }

    public string? CompletedBy { get; private set; }

    public List<RoundItem> Items { get; private set; } = [];

    public DateTimeOffset CreatedAt { get; set; }

    public string CreatedBy { get; set; } = "";

    public DateTimeOffset UpdatedAt { get; set; }

    public string UpdatedBy { get; set; } = "";

    public uint Version { get; private set; }

    public static Round Plan(DateOnly date, Checklist checklist, RoundPlace place)
    {
        var id = RoundId.New();
        return new Round
        {
            Id = id,
            Date = date,
            ChecklistId = checklist.Id,
            ChecklistName = checklist.Name,
            TargetKey = place.Key,
            Place = place,
            TeamId = checklist.TeamId,
            Status = RoundStatus.Open,
            Items = checklist.Items.Select((item, position) => RoundItem.From(id, position, item)).ToList(),
        };
    }

    /// <summary>Records an item's result; the same result again changes nothing. A completed round takes no more (409).</summary>
    public Result<RoundItem> Record(Guid itemId, ItemFinding finding, Guid? staffId, DateTimeOffset at)
    {
        if (Status == RoundStatus.Completed)
        {
            return Error.IllegalTransition("record an item", Status.ToString(), []);
        }

        if (Items.SingleOrDefault(i => i.ItemId == itemId) is not { } item)
        {
            return Error.NotFound("Item", itemId);
        }

        if (item.Check(finding) is { IsFailure: true } invalid)
        {
            return invalid.Error;
        }

        AssigneeId ??= staffId;
        item.Record(finding, staffId, at);
        return item;
    }

    /// <summary>Completes the round once every item has a result (422 otherwise); completing twice is a 409.</summary>
    public Result Complete(DateTimeOffset at, string actor)
    {
        if (Status == RoundStatus.Completed)
        {
            return Error.IllegalTransition("complete the round", Status.ToString(), []);
        }

        if (Items.Any(i => i.Result is null))
        {
            return Error.BusinessRule("items_unrecorded", "Record a result for every item before completing the round.");
        }

        (Status, CompletedAt, CompletedBy) = (RoundStatus.Completed, at, actor);
        return Result.Success();
    }
}

/// <summary>Where a round is done: the site always, the building, and the unit or public area, with its label.</summary>
internal sealed record RoundPlace(SiteId SiteId, BuildingId? BuildingId, UnitId? UnitId, AreaId? AreaId, string Label)
{
    public string Key => UnitId is { } unit ? $"unit:{unit.Value}" : $"area:{AreaId!.Value.Value}";
}

internal enum RoundStatus
{
    Open,
    Completed,
}
