namespace Huiyin.Callbacks.Domain;

/// <summary>
/// The desk's calling hours (Asia/Shanghai): mornings from 09:00, afternoons from 14:00, evenings from 19:00; a callback due on a
/// day is due by 21:00 that day.
/// </summary>
internal static class CallHours
{
    private static readonly TimeZoneInfo Zone = TimeZoneInfo.FindSystemTimeZoneById("Asia/Shanghai");
    private static readonly TimeOnly DayEnd = new(21, 0);

    public static DateOnly DayOf(DateTimeOffset instant) => DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(instant, Zone).DateTime);

    public static TimeOfDay PartOf(DateTimeOffset instant) => TimeZoneInfo.ConvertTime(instant, Zone).Hour switch
    {
        < 13 => TimeOfDay.Morning,
        < 18 => TimeOfDay.Afternoon,
        _ => TimeOfDay.Evening,
    };

    public static DateTimeOffset Start(DateOnly day, TimeOfDay part) => At(day, part switch
    {
        TimeOfDay.Morning => new TimeOnly(9, 0),
        TimeOfDay.Afternoon => new TimeOnly(14, 0),
        _ => new TimeOnly(19, 0),
    });

    public static DateTimeOffset EndOf(DateOnly day) => At(day, DayEnd);

    /// <summary>The start of the desk day (00:00 local) as an instant.</summary>
    public static DateTimeOffset StartOf(DateOnly day) => At(day, TimeOnly.MinValue);

    private static DateTimeOffset At(DateOnly day, TimeOnly time)
    {
        var local = day.ToDateTime(time);
        return new DateTimeOffset(local, Zone.GetUtcOffset(local)).ToUniversalTime();
    }
}
