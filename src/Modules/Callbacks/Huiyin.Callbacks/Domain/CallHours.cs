using Huiyin.BuildingBlocks.Time;

namespace Huiyin.Callbacks.Domain;

/// <summary>
/// The desk's calling hours, on the desk's clocks: mornings from 09:00, afternoons from 14:00, evenings from 19:00; a callback due
/// on a day is due by 21:00 that day.
/// </summary>
internal sealed class CallHours(DeskTime desk)
{
    private static readonly TimeOnly DayEnd = new(21, 0);

    public string ZoneName => desk.ZoneName;

    public DateOnly DayOf(DateTimeOffset instant) => desk.DayOf(instant);

    public TimeOfDay PartOf(DateTimeOffset instant) => desk.LocalTimeOf(instant).Hour switch
    {
        < 13 => TimeOfDay.Morning,
        < 18 => TimeOfDay.Afternoon,
        _ => TimeOfDay.Evening,
    };

    public DateTimeOffset Start(DateOnly day, TimeOfDay part) => desk.At(day, part switch
    {
        TimeOfDay.Morning => new TimeOnly(9, 0),
        TimeOfDay.Afternoon => new TimeOnly(14, 0),
        _ => new TimeOnly(19, 0),
    });

    public DateTimeOffset EndOf(DateOnly day) => desk.At(day, DayEnd);

    /// <summary>The start of the desk day (00:00 local) as an instant.</summary>
    public DateTimeOffset StartOf(DateOnly day) => desk.StartOf(day);
}
