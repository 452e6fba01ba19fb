using Huiyin.Facilities.Domain;
using Huiyin.Facilities.Domain.Maintenance;

namespace Huiyin.Facilities.Features.Maintenance;

internal sealed record MaintenancePlanResponse(
    Guid Id, string Name, Guid? EquipmentId, Guid? LocationId, string Place, Recurrence Recurrence, string Rule, DateOnly FirstDueOn, Guid? ChecklistId,
    string? Checklist, RepairCategory Category, int LeadDays, Guid? CalendarId, IReadOnlyList<OccurrenceResponse> History, DateTimeOffset CreatedAt)
{
    public static MaintenancePlanResponse From(MaintenancePlan p, IEnumerable<MaintenanceOccurrence> history) =>
        new(p.Id.Value, p.Name, p.EquipmentId, p.LocationId, p.Place, p.Recurrence, p.Rule, p.FirstDueOn, p.ChecklistId, p.ChecklistName, p.Category, p.LeadDays,
            p.CalendarId, history.OrderBy(o => o.DueOn).Select(OccurrenceResponse.From).ToList(), p.CreatedAt);
}

/// <summary>A due date of the plan, the day it fell due at the desk, its work order, and whether it was done on time, late, or is still open.</summary>
internal sealed record OccurrenceResponse(DateOnly DueOn, DateOnly WorkingDueOn, Guid TicketId, string TicketNumber, DateOnly? DoneOn, OccurrenceOutcome Outcome)
{
    public static OccurrenceResponse From(MaintenanceOccurrence o) => new(o.DueOn, o.WorkingDueOn, o.TicketId, o.TicketNumber, o.DoneOn, o.Outcome);
}
