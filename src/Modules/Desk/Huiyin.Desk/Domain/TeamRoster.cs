using Huiyin.BuildingBlocks.Persistence;

namespace Huiyin.Desk.Domain;

/// <summary>A team's duty roster (值班表): its shifts and the business calendar whose holidays they follow; who works them are <see cref="DutyAssignment"/> rows.</summary>
internal sealed class TeamRoster : IAuditable, IVersioned
{
    private TeamRoster()
    {
    }

    public Guid TeamId { get; private set; }

    public Guid? CalendarId { get; private set; }

    public List<DutyShift> Shifts { get; private set; } = [];

    public DateTimeOffset CreatedAt { get; set; }

    public string CreatedBy { get; set; } = "";

    public DateTimeOffset UpdatedAt { get; set; }

    public string UpdatedBy { get; set; } = "";

    public uint Version { get; private set; }

    public static TeamRoster For(Guid teamId) => new() { TeamId = teamId };

    public DutyShift? Shift(string name) => Shifts.FirstOrDefault(s => s.Name == name);

    public void Set(Guid? calendarId, IEnumerable<DutyShift> shifts)
    {
        CalendarId = calendarId;
        Shifts = [.. shifts];
    }
}

/// <summary>One person on one team's shift on one day (the day the shift starts).</summary>
internal sealed record DutyAssignment(Guid TeamId, DateOnly Date, string Shift, Guid StaffId);
