using Microsoft.Extensions.Configuration;

namespace Huiyin.Tickets.Features.Shared;

/// <summary>The desk's time zone (<c>Tickets:TimeZone</c>, Asia/Shanghai by default): what "today" means for numbers, sign-offs and reviews.</summary>
internal sealed class DeskTime(TimeZoneInfo zone)
{
    public const string ConfigurationKey = "Tickets:TimeZone";

    public TimeZoneInfo Zone => zone;

    public static DeskTime FromConfiguration(IConfiguration configuration) =>
        new(TimeZoneInfo.FindSystemTimeZoneById(configuration[ConfigurationKey] ?? "Asia/Shanghai"));

    public DateOnly DayOf(DateTimeOffset instant) => DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(instant, zone).DateTime);

    /// <summary>The UTC instant a local day starts.</summary>
    public DateTimeOffset StartOf(DateOnly day)
    {
        var local = day.ToDateTime(TimeOnly.MinValue);
        return new DateTimeOffset(local, zone.GetUtcOffset(local)).ToUniversalTime();
    }
}
