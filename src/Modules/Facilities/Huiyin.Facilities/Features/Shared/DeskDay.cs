namespace Huiyin.Facilities.Features.Shared;

/// <summary>What "today" is at the desk (Asia/Shanghai): the day rounds are made for and listed by.</summary>
internal static class DeskDay
{
    private static readonly TimeZoneInfo Zone = TimeZoneInfo.FindSystemTimeZoneById("Asia/Shanghai");

    public static DateOnly Today(TimeProvider clock) => DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(clock.GetUtcNow(), Zone).DateTime);
}
