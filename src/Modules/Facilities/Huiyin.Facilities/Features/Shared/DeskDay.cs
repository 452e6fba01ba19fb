namespace Huiyin.Facilities.Features.Shared;

/// <summary>What "today" is at the desk (Asia/Shanghai): the day rounds are made for and listed by.</summary>
internal static class DeskDay
{
    private static readonly TimeZoneInfo Zone = TimeZoneInfo.FindSystemTimeZoneById("Asia/Shanghai");

    public static DateOnly Today(TimeProvider clock) => On(clock.GetUtcNow());

    /// <summary>The day at the desk an instant falls on.</summary>
    public static DateOnly On(DateTimeOffset instant) => DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(instant, Zone).DateTime);
}
