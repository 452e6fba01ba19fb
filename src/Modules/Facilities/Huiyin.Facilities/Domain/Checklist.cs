using Huiyin.BuildingBlocks.Persistence;

namespace Huiyin.Facilities.Domain;

/// <summary>
/// What an inspection looks at, item by item. A checklist with a <see cref="ChecklistTarget"/> other than None gets a round
/// every day for each of its targets (每日均须巡视…公共区域及空置房屋), assigned to its team.
/// </summary>
internal sealed class Checklist : IAuditable, IVersioned
{
    private Checklist()
    {
    }

    public ChecklistId Id { get; private set; }

    public string Name { get; private set; } = "";

    public ChecklistTarget Target { get; private set; }

    public Guid? TeamId { get; private set; }

    public List<ChecklistItem> Items { get; private set; } = [];

    public DateTimeOffset CreatedAt { get; set; }

    public string CreatedBy { get; set; } = "";

    public DateTimeOffset UpdatedAt { get; set; }

    public string UpdatedBy { get; set; } = "";

    public uint Version { get; private set; }

    public static Checklist Create(string name, ChecklistTarget target, Guid? teamId, IEnumerable<ChecklistItem> items)
    {
        var checklist = new Checklist { Id = ChecklistId.New() };
        checklist.Change(name, target, teamId, items);
        return checklist;
    }

    /// <summary>Rounds already made keep the items they were made with; rounds made from now on take these.</summary>
    public void Change(string name, ChecklistTarget target, Guid? teamId, IEnumerable<ChecklistItem> items) =>
        (Name, Target, TeamId, Items) = (name, target, teamId, items.ToList());
}

/// <summary>
/// One thing to check: pass or fail, or a reading that fails outside <see cref="Min"/>..<see cref="Max"/>. A failure opens a
/// repair ticket of <see cref="Category"/>.
/// </summary>
internal sealed class ChecklistItem
{
    public Guid Id { get; set; }

    public string Text { get; set; } = "";

    public ChecklistItemKind Kind { get; set; }

    public decimal? Min { get; set; }

    public decimal? Max { get; set; }

    public string? Unit { get; set; }

    public bool PhotoRequired { get; set; }

    public RepairCategory Category { get; set; }

    public bool IsOutOfLimits(decimal reading) => reading < Min || reading > Max;
}

internal enum ChecklistItemKind
{
    PassFail,
    Reading,
}

/// <summary>What the daily job makes rounds of with a checklist: every vacant unit, every public area, or nothing (rounds by hand).</summary>
internal enum ChecklistTarget
{
    None,
    VacantUnits,
    PublicAreas,
}

/// <summary>The categories of repair ticket a failed item opens: the Tickets module's categories, by name.</summary>
internal enum RepairCategory
{
    Plumbing,
    Electrical,
    Hvac,
    Lift,
    Gas,
    Cleaning,
    Security,
    Greening,
    Appliance,
    Other,
}
