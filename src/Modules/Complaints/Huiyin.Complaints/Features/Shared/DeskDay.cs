using Microsoft.Extensions.Configuration;

namespace Huiyin.Complaints.Features.Shared;

/// <summary>The desk's day in its time zone (<c>Complaints:TimeZone</c>, Asia/Shanghai by default): for numbers and the same-day investigation.</summary>
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
}
