using Huiyin.BuildingBlocks.Time;

namespace Huiyin.Desk.Domain;

/// <summary>Which days a shift runs on, by the team's business calendar: every day, working days only, or holidays and weekends only (节假日值班).</summary>
internal enum ShiftDays
{
    Every,
    WorkingDays,
    Holidays,
}

/// <summary>
/// A shift of a team (早班 08:00–16:00, 夜班 22:00–08:00): desk-local times; an end at or before the start is on the next day, so
/// a shift may cross midnight (an end equal to the start makes a 24-hour shift).
/// </summary>
internal sealed class DutyShift
{
    public const int MaxNameLength = 16;

    public string Name { get; set; } = "";

    public TimeOnly Start { get; set; }

    public TimeOnly End { get; set; }

    public ShiftDays Days { get; set; }

    /// <summary>When the shift that starts on <paramref name="date"/> begins and ends, its hours read on the desk's clocks.</summary>
    public (DateTimeOffset From, DateTimeOffset To) On(DateOnly date, DeskTime desk) =>
        (desk.At(date, Start), desk.At(End > Start ? date : date.AddDays(1), End));

    public bool RunsOn(bool workingDay) => Days switch
    {
        ShiftDays.WorkingDays => workingDay,
        ShiftDays.Holidays => !workingDay,
        _ => true,
    };
}
