namespace Huiyin.Sla.Domain.Calendars;

/// <summary>Working-time arithmetic: what a deadline "3 working hours from now" means on a calendar.</summary>
internal interface IWorkingCalendar
{
    /// <summary>The instant at which <paramref name="workingTime"/> of working time has passed since <paramref name="start"/>.</summary>
    DateTimeOffset Add(DateTimeOffset start, TimeSpan workingTime);

    /// <summary>The working time between two instants (zero when <paramref name="to"/> is not after <paramref name="from"/>).</summary>
    TimeSpan WorkingTimeBetween(DateTimeOffset from, DateTimeOffset to);
}

/// <summary>The default 24×7 calendar: every second counts.</summary>
internal sealed class AlwaysOpenCalendar : IWorkingCalendar
{
    public static readonly AlwaysOpenCalendar Instance = new();

    private AlwaysOpenCalendar()
    {
    }

    public DateTimeOffset Add(DateTimeOffset start, TimeSpan workingTime) => (start + workingTime).ToUniversalTime();

    public TimeSpan WorkingTimeBetween(DateTimeOffset from, DateTimeOffset to) => to > from ? to - from : TimeSpan.Zero;
}
