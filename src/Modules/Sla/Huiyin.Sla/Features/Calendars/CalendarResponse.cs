using Huiyin.Sla.Domain.Calendars;

namespace Huiyin.Sla.Features.Calendars;

internal sealed record CalendarResponse(
    Guid Id,
    string Name,
    string TimeZone,
    IReadOnlyList<WeeklyHours> WeeklyHours,
    IReadOnlyList<DateOnly> Holidays,
    IReadOnlyList<DateOnly> MakeUpWorkdays,
    DateTimeOffset CreatedAt,
    DateTimeOffset UpdatedAt)
{
    public static CalendarResponse From(CalendarDefinition c) =>
        new(c.Id, c.Name, c.TimeZone, c.WeeklyHours.Select(Calendars.WeeklyHours.Of).ToList(), c.Holidays, c.MakeUpWorkdays, c.CreatedAt, c.UpdatedAt);
}
