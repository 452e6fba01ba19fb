using Huiyin.BuildingBlocks.Persistence;

namespace Huiyin.Sla.Domain.Calendars;

/// <summary>A business calendar as an administrator keeps it: weekly hours, holidays, make-up working days, time zone.</summary>
internal sealed class CalendarDefinition : IAuditable, IVersioned
{
    public const string DefaultTimeZone = "Asia/Shanghai";

    private CalendarDefinition()
    {
    }

    public Guid Id { get; private set; }

    public string Name { get; private set; } = "";

    public string TimeZone { get; private set; } = DefaultTimeZone;

    public List<WorkingInterval> WeeklyHours { get; private set; } = [];

    public List<DateOnly> Holidays { get; private set; } = [];

    public List<DateOnly> MakeUpWorkdays { get; private set; } = [];

    public uint Version { get; private set; }

    public DateTimeOffset CreatedAt { get; set; }

    public string CreatedBy { get; set; } = "";

    public DateTimeOffset UpdatedAt { get; set; }

    public string UpdatedBy { get; set; } = "";

    public static CalendarDefinition Create(
        string name, string timeZone, IEnumerable<WorkingInterval> weeklyHours, IEnumerable<DateOnly> holidays, IEnumerable<DateOnly> makeUpWorkdays)
    {
        var calendar = new CalendarDefinition { Id = Guid.CreateVersion7() };
        calendar.Change(name, timeZone, weeklyHours, holidays, makeUpWorkdays);
        return calendar;
    }

    public void Change(string name, string timeZone, IEnumerable<WorkingInterval> weeklyHours, IEnumerable<DateOnly> holidays, IEnumerable<DateOnly> makeUpWorkdays)
    {
        Name = name;
        TimeZone = timeZone;
        WeeklyHours = [.. weeklyHours];
        Holidays = [.. holidays.Distinct().Order()];
        MakeUpWorkdays = [.. makeUpWorkdays.Distinct().Order()];
    }

    /// <summary>Adds imported days; a day listed as both a holiday and a working day stays a working day.</summary>
    public void Import(IEnumerable<DateOnly> holidays, IEnumerable<DateOnly> makeUpWorkdays)
    {
        var workdays = MakeUpWorkdays.Union(makeUpWorkdays).ToHashSet();
        MakeUpWorkdays = [.. workdays.Order()];
        Holidays = [.. Holidays.Union(holidays).Where(d => !workdays.Contains(d)).Order()];
    }

    public BusinessCalendar ToWorkingCalendar() =>
        new(TimeZoneInfo.FindSystemTimeZoneById(TimeZone), WeeklyHours, Holidays, MakeUpWorkdays);
}
