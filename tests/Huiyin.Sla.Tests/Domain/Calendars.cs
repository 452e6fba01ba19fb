using Huiyin.Sla.Domain.Calendars;

namespace Huiyin.Sla.Tests.Domain;

/// <summary>The office calendar of the tests: weekdays 08:30–12:00 and 13:30–17:30 in Asia/Shanghai (7.5 hours a day).</summary>
internal static class Calendars
{
    public static readonly TimeSpan Shanghai = TimeSpan.FromHours(8);

    public static BusinessCalendar Office(IEnumerable<DateOnly>? holidays = null, IEnumerable<DateOnly>? makeUpWorkdays = null) =>
        new(TimeZoneInfo.FindSystemTimeZoneById("Asia/Shanghai"), Weekdays(), holidays ?? [], makeUpWorkdays ?? []);

    public static IEnumerable<WorkingInterval> Weekdays() =>
        from day in new[] { DayOfWeek.Monday, DayOfWeek.Tuesday, DayOfWeek.Wednesday, DayOfWeek.Thursday, DayOfWeek.Friday }
        from interval in new[] { (From: 8.5, To: 12.0), (From: 13.5, To: 17.5) }
        select new WorkingInterval(day, TimeSpan.FromHours(interval.From), TimeSpan.FromHours(interval.To));

    public static DateTimeOffset At(int year, int month, int day, int hour, int minute = 0, int second = 0) =>
        new(year, month, day, hour, minute, second, Shanghai);

    public static DateOnly Day(int year, int month, int day) => new(year, month, day);
}
