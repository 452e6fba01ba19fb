namespace Huiyin.Sla.Domain.Calendars;

/// <summary>Working hours within one day, as offsets from local midnight: 08:30–12:00, 13:30–17:30, or 00:00–24:00.</summary>
internal sealed record WorkingInterval(DayOfWeek Day, TimeSpan From, TimeSpan To)
{
    public static readonly TimeSpan EndOfDay = TimeSpan.FromHours(24);

    public bool IsWellFormed => From >= TimeSpan.Zero && To <= EndOfDay && From < To;

    public bool Overlaps(WorkingInterval other) => Day == other.Day && From < other.To && other.From < To;
}
