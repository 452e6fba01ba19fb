using Microsoft.Extensions.Configuration;

namespace Huiyin.Complaints.Features.Shared;

/// <summary>The desk's day in its time zone (<c>Complaints:TimeZone</c>, Asia/Shanghai by default): for numbers, the same-day investigation and the one-month rule.</summary>
internal sealed class DeskDay(TimeZoneInfo zone)
{
    public const string TimeZoneKey = "Complaints:TimeZone";

    public static DeskDay FromConfiguration(IConfiguration configuration) =>
        new(TimeZoneInfo.FindSystemTimeZoneById(configuration[TimeZoneKey] ?? "Asia/Shanghai"));

    public DateOnly DayOf(DateTimeOffset instant) => DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(instant, zone).DateTime);

    /// <summary>The UTC instant the desk's day of <paramref name="instant"/> ends (midnight local time).</summary>
    public DateTimeOffset EndOfDay(DateTimeOffset instant)
    {
        var midnight = DayOf(instant).AddDays(1).ToDateTime(TimeOnly.MinValue);
        return new DateTimeOffset(midnight, zone.GetUtcOffset(midnight)).ToUniversalTime();
    }

    /// <summary>
    /// The same time of day a calendar month later on the desk's calendar: 15 March → 15 April; a day the next month lacks
    /// becomes its last (31 January → 28 or 29 February).
    /// </summary>
    public DateTimeOffset OneMonthAfter(DateTimeOffset instant)
    {
        var later = TimeZoneInfo.ConvertTime(instant, zone).DateTime.AddMonths(1);
        return new DateTimeOffset(later, zone.GetUtcOffset(later)).ToUniversalTime();
    }
}
