namespace Huiyin.Facilities.Domain.Maintenance;

internal enum OccurrenceOutcome
{
    Open,
    OnTime,
    Late,
}

/// <summary>
/// One due date of a plan (<see cref="DueOn"/> as the rule has it, <see cref="WorkingDueOn"/> moved to a working day) and the work
/// order opened for it; done on time when its ticket was resolved by the end of the working due day.
/// </summary>
internal sealed class MaintenanceOccurrence
{
    private MaintenanceOccurrence()
    {
    }

    public MaintenancePlanId PlanId { get; private set; }

    public DateOnly DueOn { get; private set; }

    public DateOnly WorkingDueOn { get; private set; }

    public Guid TicketId { get; private set; }

    public string TicketNumber { get; private set; } = "";

    public DateTimeOffset OpenedAt { get; private set; }

    public DateOnly? DoneOn { get; private set; }

    public OccurrenceOutcome Outcome => DoneOn is not { } done ? OccurrenceOutcome.Open : done <= WorkingDueOn ? OccurrenceOutcome.OnTime : OccurrenceOutcome.Late;

    public static MaintenanceOccurrence Open(MaintenancePlanId planId, DateOnly dueOn, DateOnly workingDueOn, Guid ticketId, string ticketNumber, DateTimeOffset at) => new()
    {
        PlanId = planId, DueOn = dueOn, WorkingDueOn = workingDueOn, TicketId = ticketId, TicketNumber = ticketNumber, OpenedAt = at,
    };

    public void Done(DateOnly on) => DoneOn ??= on;
}
