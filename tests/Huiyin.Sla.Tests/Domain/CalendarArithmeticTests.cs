using Huiyin.Sla.Domain.Calendars;
using static Huiyin.Sla.Tests.Domain.Calendars;

namespace Huiyin.Sla.Tests.Domain;

public sealed class CalendarArithmeticTests
{
    private static readonly TimeSpan Hour = TimeSpan.FromHours(1);

    [Fact]
    public void Around_the_clock_every_second_counts() =>
        Assert.Equal(At(2026, 11, 24, 5, 0), AlwaysOpenCalendar.Instance.Add(At(2026, 11, 23, 2, 0), 27 * Hour));

    [Theory]
    [InlineData(10, 0, 3, 14, 30)] // across the lunch break
    [InlineData(12, 30, 1, 14, 30)] // starting inside the lunch break
    [InlineData(8, 30, 7.5, 17, 30)] // exactly the working day, ending at its last second
    public void Windows_skip_the_lunch_break(int hour, int minute, double hours, int endHour, int endMinute) =>
        Assert.Equal(At(2026, 11, 23, endHour, endMinute), Office().Add(At(2026, 11, 23, hour, minute), TimeSpan.FromHours(hours)));

    [Fact]
    public void A_window_started_at_night_begins_next_morning() =>
        Assert.Equal(At(2026, 11, 25, 9, 30), Office().Add(At(2026, 11, 24, 20, 0), Hour));

    [Fact]
    public void A_window_started_on_friday_afternoon_ends_on_monday() =>
        Assert.Equal(At(2026, 11, 30, 10, 0), Office().Add(At(2026, 11, 27, 16, 0), 3 * Hour));

    [Fact]
    public void The_national_day_week_is_skipped()
    {
        var goldenWeek = Enumerable.Range(1, 7).Select(d => Day(2026, 10, d));

        Assert.Equal(At(2026, 10, 8, 9, 0), Office(goldenWeek).Add(At(2026, 9, 30, 17, 0), Hour));
    }

    [Fact]
    public void A_make_up_saturday_is_worked_like_a_monday()
    {
        var makeUpSaturday = Day(2026, 9, 26);

        Assert.Equal(At(2026, 9, 26, 9, 0), Office(makeUpWorkdays: [makeUpSaturday]).Add(At(2026, 9, 25, 17, 0), Hour));
        Assert.Equal(At(2026, 9, 28, 9, 0), Office().Add(At(2026, 9, 25, 17, 0), Hour));
    }

    [Fact]
    public void The_year_end_and_new_years_day_are_crossed_to_the_second()
    {
        var newYearsDay = Day(2027, 1, 1);

        Assert.Equal(At(2027, 1, 4, 8, 30, 1), Office([newYearsDay]).Add(At(2026, 12, 31, 17, 29, 59), TimeSpan.FromSeconds(2)));
    }

    [Fact]
    public void Working_time_between_two_instants_counts_only_working_hours()
    {
        var calendar = Office();

        Assert.Equal(7.5 * Hour, calendar.WorkingTimeBetween(At(2026, 11, 23, 0, 0), At(2026, 11, 24, 0, 0)));
        Assert.Equal(TimeSpan.Zero, calendar.WorkingTimeBetween(At(2026, 11, 28, 0, 0), At(2026, 11, 30, 0, 0)));
        Assert.Equal(TimeSpan.Zero, calendar.WorkingTimeBetween(At(2026, 11, 24, 0, 0), At(2026, 11, 23, 0, 0)));
    }

    [Fact]
    public void Adding_then_measuring_working_time_round_trips()
    {
        var random = new Random(20261123);
        var calendar = Office([Day(2026, 10, 1), Day(2026, 10, 2), Day(2027, 1, 1)], [Day(2026, 9, 26)]);
        for (var example = 0; example < 2_000; example++)
        {
            var start = At(2026, 9, 1, 0, 0) + TimeSpan.FromSeconds(random.Next(0, 150 * 24 * 3600));
            var window = TimeSpan.FromSeconds(random.Next(1, 40 * 3600));

            var due = calendar.Add(start, window);

            Assert.True(calendar.WorkingTimeBetween(start, due) == window, $"start {start:O}, window {window}: due {due:O}");
            Assert.True(due > start);
        }
    }
}
