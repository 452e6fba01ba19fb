using System.Globalization;
using FluentValidation;
using Huiyin.BuildingBlocks.Time;
using Huiyin.Sla.Domain.Calendars;

namespace Huiyin.Sla.Features.Calendars;

/// <summary>Working hours of one weekday as the API writes them: <c>{"day": "Monday", "from": "08:30", "to": "12:00"}</c>; "24:00" ends a day.</summary>
internal sealed record WeeklyHours(DayOfWeek Day, string From, string To)
{
    public static WeeklyHours Of(WorkingInterval interval) => new(interval.Day, Format(interval.From), Format(interval.To));

    public WorkingInterval? ToInterval() =>
        ParseTime(From) is { } from && ParseTime(To) is { } to ? new WorkingInterval(Day, from, to) : null;

    private static TimeSpan? ParseTime(string? text) =>
        text == "24:00" ? WorkingInterval.EndOfDay
        : TimeOnly.TryParseExact(text, ["HH:mm", "HH:mm:ss"], CultureInfo.InvariantCulture, DateTimeStyles.None, out var time) ? time.ToTimeSpan()
        : null;

    private static string Format(TimeSpan time) => time == WorkingInterval.EndOfDay ? "24:00" : TimeOnly.FromTimeSpan(time).ToString("HH:mm", CultureInfo.InvariantCulture);
}

/// <summary>What an administrator sends to create or change a business calendar.</summary>
internal interface ICalendarFields
{
    string Name { get; }

    string? TimeZone { get; }

    IReadOnlyList<WeeklyHours> WeeklyHours { get; }

    IReadOnlyList<DateOnly>? Holidays { get; }

    IReadOnlyList<DateOnly>? MakeUpWorkdays { get; }
}

internal static class CalendarFieldsExtensions
{
    public static string ZoneOrDefault(this ICalendarFields fields) => fields.TimeZone ?? CalendarDefinition.DefaultTimeZone;

    public static IReadOnlyList<WorkingInterval> Intervals(this ICalendarFields fields) => fields.WeeklyHours.Select(h => h.ToInterval()!).ToList();
}

internal abstract class CalendarFieldsValidator<T> : AbstractValidator<T>
    where T : ICalendarFields
{
    protected CalendarFieldsValidator()
    {
        RuleFor(x => x.Name).NotEmpty().WithMessage("Name the calendar.").MaximumLength(100);
        RuleFor(x => x.TimeZone).MustBeAnIanaTimeZone();
        RuleFor(x => x.WeeklyHours).NotEmpty().WithMessage("A calendar needs working time in its week.");
        RuleForEach(x => x.WeeklyHours).Must(IsWellFormed)
            .WithMessage("Working hours run from an earlier to a later time of the same day, as HH:mm (24:00 ends the day).").WithErrorCode("working_hours_format");
        RuleFor(x => x.WeeklyHours).Must(NotOverlap).WithMessage("Working hours of the same day must not overlap.").WithErrorCode("working_hours_overlap")
            .When(x => x.WeeklyHours is { Count: > 0 } hours && hours.All(IsWellFormed));
    }

    private static bool IsWellFormed(WeeklyHours? hours) => hours?.ToInterval() is { IsWellFormed: true };

    private static bool NotOverlap(IReadOnlyList<WeeklyHours> hours)
    {
        var intervals = hours.Select(h => h.ToInterval()!).ToList();
        return !intervals.SelectMany((a, i) => intervals.Skip(i + 1).Select(b => (a, b))).Any(pair => pair.a.Overlaps(pair.b));
    }
}
