using Huiyin.BuildingBlocks.Time;
using Microsoft.Extensions.Configuration;

namespace Huiyin.BuildingBlocks.Tests;

public sealed class DeskTimeTests
{
    private static readonly DeskTime Shanghai = Configured(null);

    [Fact]
    public void The_desks_day_turns_at_its_own_midnight_not_at_UTCs()
    {
        Assert.Equal(new DateOnly(2027, 1, 1), Shanghai.DayOf(DateTimeOffset.Parse("2026-12-31T16:00:00Z")));
        Assert.Equal(new DateOnly(2026, 12, 31), Shanghai.DayOf(DateTimeOffset.Parse("2026-12-31T15:59:59Z")));
        Assert.Equal(DateTimeOffset.Parse("2026-12-31T16:00:00Z"), Shanghai.StartOf(new DateOnly(2027, 1, 1)));
        Assert.Equal(DateTimeOffset.Parse("2026-12-31T16:00:00Z"), Shanghai.EndOfDay(DateTimeOffset.Parse("2026-12-31T02:00:00Z")));
        Assert.Equal(DateTimeOffset.Parse("2027-03-05T01:00:00Z"), Shanghai.At(new DateOnly(2027, 3, 5), new TimeOnly(9, 0)));
    }

    [Fact]
    public void One_month_later_keeps_the_time_of_day_and_ends_short_months_on_their_last_day()
    {
        Assert.Equal(DateTimeOffset.Parse("2027-04-15T02:30:00Z"), Shanghai.OneMonthAfter(DateTimeOffset.Parse("2027-03-15T02:30:00Z")));
        Assert.Equal(DateTimeOffset.Parse("2027-02-28T10:00:00+08:00"), Shanghai.OneMonthAfter(DateTimeOffset.Parse("2027-01-31T10:00:00+08:00")));
    }

    [Fact]
    public void Texts_write_the_desks_wall_clock()
    {
        Assert.Equal("1月1日 08:05", Shanghai.MonthDayTime(DateTimeOffset.Parse("2027-01-01T00:05:00Z")));
    }

    [Fact]
    public void The_time_zone_comes_from_configuration_by_its_IANA_name_and_anything_else_is_refused_by_name()
    {
        var tokyo = Configured("Asia/Tokyo");
        Assert.Equal(new DateOnly(2027, 1, 1), tokyo.DayOf(DateTimeOffset.Parse("2026-12-31T15:30:00Z")));
        Assert.Equal(new DateOnly(2026, 12, 31), Shanghai.DayOf(DateTimeOffset.Parse("2026-12-31T15:30:00Z")));

        var refused = Assert.Throws<InvalidOperationException>(() => Configured("Asia/Atlantis"));
        Assert.Contains("Desk:TimeZone 'Asia/Atlantis'", refused.Message);
        Assert.Throws<InvalidOperationException>(() => Configured("China Standard Time"));
    }

    private static DeskTime Configured(string? zone) =>
        DeskTime.FromConfiguration(new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?> { [DeskTime.ConfigurationKey] = zone }).Build());
}
