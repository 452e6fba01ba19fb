using System.Globalization;
using Microsoft.Extensions.Configuration;

namespace Huiyin.BuildingBlocks.Time;

/// <summary>
/// The desk's local time (<c>Desk:TimeZone</c>, Asia/Shanghai by default), the one every module's "today" is told in: ticket,
/// complaint and notice numbers, sign-offs and reviews, rounds and maintenance, callbacks' due days, duty shifts, the times
/// written in texts to customers, and the schedules of recurring jobs. SLA calendars carry time zones of their own.
/// </summary>
public sealed class DeskTime(TimeZoneInfo zone)
{
    public const string ConfigurationKey = "Desk:TimeZone";
    public const string DefaultZone = "Asia/Shanghai";

    public TimeZoneInfo Zone => zone;

    /// <summary>The zone's IANA name, as PostgreSQL's <c>AT TIME ZONE</c> knows it.</summary>
    public string ZoneName => zone.Id;

    public static DeskTime FromConfiguration(IConfiguration configuration)
    {
        var id = configuration[ConfigurationKey] ?? DefaultZone;
        return IanaTimeZone.Find(id) is { } found
            ? new DeskTime(found)
            : throw new InvalidOperationException($"{ConfigurationKey} '{id}' is not a known time zone; use an IANA name such as {DefaultZone}.");
    }

    /// <summary>The desk's wall-clock time at <paramref name="instant"/>.</summary>
    public DateTime LocalTimeOf(DateTimeOffset instant) => TimeZoneInfo.ConvertTime(instant, zone).DateTime;

    public DateOnly DayOf(DateTimeOffset instant) => DateOnly.FromDateTime(LocalTimeOf(instant));

    public DateOnly Today(TimeProvider clock) => DayOf(clock.GetUtcNow());

    /// <summary>The instant (in UTC) the desk's clocks show <paramref name="time"/> on <paramref name="day"/>.</summary>
    public DateTimeOffset At(DateOnly day, TimeOnly time) => At(day.ToDateTime(time));

    /// <summary>The instant a local day starts (00:00 at the desk).</summary>
    public DateTimeOffset StartOf(DateOnly day) => At(day, TimeOnly.MinValue);

    /// <summary>The instant the desk's day of <paramref name="instant"/> ends (the next midnight at the desk).</summary>
    public DateTimeOffset EndOfDay(DateTimeOffset instant) => StartOf(DayOf(instant).AddDays(1));

    /// <summary>
    /// The same time of day a calendar month later on the desk's calendar: 15 March → 15 April; a day the next month lacks
    /// becomes its last (31 January → 28 or 29 February).
    /// </summary>
    public DateTimeOffset OneMonthAfter(DateTimeOffset instant) => At(LocalTimeOf(instant).AddMonths(1));

    /// <summary>How texts to customers write a time: 3月5日 14:30, at the desk.</summary>
    public string MonthDayTime(DateTimeOffset instant) => LocalTimeOf(instant).ToString("M月d日 HH:mm", CultureInfo.InvariantCulture);

    private DateTimeOffset At(DateTime local) => new DateTimeOffset(local, zone.GetUtcOffset(local)).ToUniversalTime();
}
