using Huiyin.BuildingBlocks.Persistence;

namespace Huiyin.Facilities.Domain.Maintenance;

internal readonly record struct MaintenancePlanId(Guid Value)
{
    public static MaintenancePlanId New() => new(Guid.CreateVersion7());
}

internal enum Recurrence
{
    Weekly,
    Monthly,
    Quarterly,
    Annual,
}

/// <summary>
/// Preventive maintenance of equipment or a place, due on the dates of an iCalendar rule (<see cref="Rule"/>) from
/// <see cref="FirstDueOn"/>; each due date moves to the desk's next working day when a business calendar is set, and its work
/// order is opened <see cref="LeadDays"/> ahead of that day.
/// </summary>
internal sealed class MaintenancePlan : IAuditable
{
    private MaintenancePlan()
    {
    }

    public MaintenancePlanId Id { get; private set; }

    public string Name { get; private set; } = "";

    public Guid? EquipmentId { get; private set; }

    public Guid? LocationId { get; private set; }

    /// <summary>What the work order says the work is at: the equipment's name and place, or the place.</summary>
    public string Place { get; private set; } = "";

    /// <summary>The unit the work is in, when it is in one: the work order's unit.</summary>
    public Guid? UnitId { get; private set; }

    public Recurrence Recurrence { get; private set; }

    /// <summary>The RFC 5545 recurrence rule the due dates follow, with <see cref="FirstDueOn"/> as its start.</summary>
    public string Rule { get; private set; } = "";

    public DateOnly FirstDueOn { get; private set; }

    public Guid? ChecklistId { get; private set; }

    public string? ChecklistName { get; private set; }

    public RepairCategory Category { get; private set; }

    public int LeadDays { get; private set; }

    public Guid? CalendarId { get; private set; }

    public DateTimeOffset CreatedAt { get; set; }

    public string CreatedBy { get; set; } = "";

    public DateTimeOffset UpdatedAt { get; set; }

    public string UpdatedBy { get; set; } = "";

    public static MaintenancePlan Create(string name, PlanTarget target, Recurrence recurrence, DateOnly firstDueOn, Checklist? checklist, RepairCategory category,
        int leadDays, Guid? calendarId) => new()
    {
        Id = MaintenancePlanId.New(),
        Name = name,
        EquipmentId = target.EquipmentId,
        LocationId = target.LocationId,
        Place = target.Place,
        UnitId = target.UnitId,
        Recurrence = recurrence,
        Rule = RuleOf(recurrence),
        FirstDueOn = firstDueOn,
        ChecklistId = checklist?.Id.Value,
        ChecklistName = checklist?.Name,
        Category = category,
        LeadDays = leadDays,
        CalendarId = calendarId,
    };

    /// <summary>The rule's dates in order: the first due date, then one interval after another.</summary>
    public IEnumerable<DateOnly> DueDates()
    {
        for (var n = 0; ; n++)
        {
            yield return Recurrence switch
            {
                Recurrence.Weekly => FirstDueOn.AddDays(7 * n),
                Recurrence.Monthly => FirstDueOn.AddMonths(n),
                Recurrence.Quarterly => FirstDueOn.AddMonths(3 * n),
                _ => FirstDueOn.AddYears(n),
            };
        }
    }

    /// <summary>Monthly and longer rules repeat the first due date's day of the month, which is why that day is at most the 28th.</summary>
    private static string RuleOf(Recurrence recurrence) => recurrence switch
    {
        Recurrence.Weekly => "FREQ=WEEKLY;INTERVAL=1",
        Recurrence.Monthly => "FREQ=MONTHLY;INTERVAL=1",
        Recurrence.Quarterly => "FREQ=MONTHLY;INTERVAL=3",
        _ => "FREQ=YEARLY;INTERVAL=1",
    };
}

/// <summary>What a plan maintains: equipment, a place, or both, named as the work order will say it.</summary>
internal sealed record PlanTarget(Guid? EquipmentId, Guid? LocationId, string Place, Guid? UnitId);
