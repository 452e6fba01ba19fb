using Huiyin.BuildingBlocks.Time;
using Huiyin.TestKit;
using Huiyin.Tickets.Persistence;
using Microsoft.Extensions.DependencyInjection;
using Npgsql;

namespace Huiyin.Tickets.Tests;

/// <summary>
/// Ticket numbers are taken in blocks per host. Each <see cref="TicketNumbers"/> built here stands for one host
/// sharing the database with the others.
/// </summary>
[Collection(TicketsCollection.Name)]
public sealed class TicketNumbersTests(TicketsApp app) : HuiyinTest(app)
{
    [Fact]
    public async Task Hosts_taking_numbers_at_the_same_time_never_hand_out_the_same_one()
    {
        var hosts = new[] { Host(), Host(), Host() };

        var numbers = await Task.WhenAll(hosts.SelectMany(host => Enumerable.Range(0, 25).Select(_ => host.NextAsync(CancellationToken.None))));

        Assert.Equal(75, numbers.Distinct().Count());
        Assert.All(numbers, number => Assert.Matches(@"^T-\d{8}-\d{4}$", number));
        // Each host takes three blocks of ten for its 25 numbers, and no more.
        Assert.Equal(90L, await Desk.CountAsync("SELECT last_value FROM tickets.daily_numbers"));
    }

    [Fact]
    public async Task A_host_does_not_repeat_a_number_when_the_days_counter_is_removed_behind_its_back()
    {
        var host = Host();
        var before = await TakeAsync(host, 3);

        await Desk.CountAsync("WITH removed AS (DELETE FROM tickets.daily_numbers RETURNING 1) SELECT count(*) FROM removed");
        var after = await TakeAsync(host, 2 * TicketNumbers.BlockSize);

        Assert.Empty(before.Intersect(after));
        Assert.Equal(after.Count, after.Distinct().Count());
    }

    [Fact]
    public async Task Numbers_carry_the_desks_day_and_count_afresh_when_a_new_day_begins_there()
    {
        var clock = new TestClock();
        var deskTime = App.Services.GetRequiredService<DeskTime>();
        var host = Host(clock);
        var now = clock.GetUtcNow();
        var midnight = deskTime.StartOf(deskTime.DayOf(now).AddDays(1));
        clock.Advance(midnight - now - TimeSpan.FromMinutes(1));

        var lastOfTheDay = await host.NextAsync(CancellationToken.None);
        clock.Advance(TimeSpan.FromMinutes(2));
        var firstOfTheNext = await host.NextAsync(CancellationToken.None);

        Assert.Equal($"T-{deskTime.DayOf(midnight).AddDays(-1):yyyyMMdd}-0001", lastOfTheDay);
        Assert.Equal($"T-{deskTime.DayOf(midnight):yyyyMMdd}-0001", firstOfTheNext);
    }

    private TicketsApp Desk => (TicketsApp)App;

    private TicketNumbers Host(TimeProvider? clock = null) => new(
        App.Services.GetRequiredService<NpgsqlDataSource>(), clock ?? App.Clock, App.Services.GetRequiredService<DeskTime>());

    private static async Task<List<string>> TakeAsync(TicketNumbers host, int count)
    {
        var numbers = new List<string>();
        for (var i = 0; i < count; i++)
        {
            numbers.Add(await host.NextAsync(CancellationToken.None));
        }

        return numbers;
    }
}
