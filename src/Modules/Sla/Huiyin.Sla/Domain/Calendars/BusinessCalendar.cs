namespace Huiyin.Sla.Domain.Calendars;

/// <summary>
/// Working hours per weekday in a time zone, minus public holidays, plus make-up working days (调休: a
/// weekend day worked like a Monday). Exact to the second; no working time on a day means the clock
/// simply does not move that day. Instants come back in UTC, as they are stored.
/// </summary>
internal sealed class BusinessCalendar : IWorkingCalendar
{
    /// <summary>How far ahead a deadline may land before the calendar is judged to have no working time.</summary>
    private const int HorizonDays = 366 * 3;

    private readonly TimeZoneInfo _zone;
    private readonly ILookup<DayOfWeek, WorkingInterval> _week;
    private readonly HashSet<DateOnly> _holidays;
    private readonly HashSet<DateOnly> _makeUpWorkdays;

    public BusinessCalendar(TimeZoneInfo zone, IEnumerable<WorkingInterval> week, IEnumerable<DateOnly> holidays, IEnumerable<DateOnly> makeUpWorkdays)
    {
        _zone = zone;
        _week = week.OrderBy(i => i.From).ToLookup(i => i.Day);
        _holidays = [.. holidays];
        _makeUpWorkdays = [.. makeUpWorkdays];
    }

    public DateTimeOffset Add(DateTimeOffset start, TimeSpan workingTime)
    {
        if (workingTime <= TimeSpan.Zero)
        {
            return start.ToUniversalTime();
        }

        var remaining = workingTime;
        foreach (var (from, to) in PeriodsFrom(start))
        {
            var available = to - from;
            if (remaining <= available)
            {
                return from + remaining;
            }

            remaining -= available;
        }

        throw new InvalidOperationException($"The calendar has no working time within {HorizonDays} days of {start:O}.");
    }

    public TimeSpan WorkingTimeBetween(DateTimeOffset from, DateTimeOffset to)
    {
        var total = TimeSpan.Zero;
        foreach (var (start, end) in PeriodsFrom(from))
        {
            if (start >= to)
            {
                break;
            }

            total += (end < to ? end : to) - start;
        }

        return total;
    }

    public IEnumerable<WorkingInterval> IntervalsOn(DateOnly date) =>
        _holidays.Contains(date) ? []
        : _makeUpWorkdays.Contains(date) ? _week[DayOfWeek.Monday]
        : _week[date.DayOfWeek];

    /// <summary>The working periods from <paramref name="start"/> on, in order, the first one clipped to start there.</summary>
    private IEnumerable<(DateTimeOffset From, DateTimeOffset To)> PeriodsFrom(DateTimeOffset start)
    {
        var firstDay = DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(start, _zone).DateTime);
        for (var day = 0; day < HorizonDays; day++)
        {
            var date = firstDay.AddDays(day);
            foreach (var interval in IntervalsOn(date))
            {
                var from = Instant(date, interval.From);
                var to = Instant(date, interval.To);
                if (to > start)
                {
                    yield return (from > start ? from : start.ToUniversalTime(), to);
                }
            }
        }
    }

    private DateTimeOffset Instant(DateOnly date, TimeSpan sinceMidnight)
    {
        var local = date.ToDateTime(TimeOnly.MinValue) + sinceMidnight;
        return new DateTimeOffset(local, _zone.GetUtcOffset(local)).ToUniversalTime();
    }
}
