using Huiyin.Sla.Contracts;
using Huiyin.TestKit;

namespace Huiyin.Sla.Tests;

[Collection(SlaCollection.Name)]
public sealed class SweepTests(SlaApp app) : HuiyinTest(app)
{
    private new SlaApp App => (SlaApp)base.App;

    [Fact]
    public async Task Two_sweeps_running_at_once_record_and_publish_each_transition_exactly_once()
    {
        var tickets = await StartManyAsync(150);
        App.Clock.Advance(TimeSpan.FromHours(3) + TimeSpan.FromSeconds(1));

        await Task.WhenAll(App.SweepAsync(batchSize: 20), App.SweepAsync(batchSize: 20));

        Assert.Equal(tickets, await App.CountAsync("SELECT count(*) FROM sla.clock_events WHERE kind = 'Breached'"));
        Assert.Equal(tickets, await App.CountAsync("SELECT count(*) FROM sla.outbox_messages WHERE type LIKE '%.SlaBreached'"));
        Assert.Equal(tickets, await App.CountAsync("SELECT count(*) FROM sla.outbox_messages WHERE type LIKE '%.SlaWarning'"));
        Assert.Equal(tickets, await App.CountAsync("SELECT count(*) FROM sla.escalations WHERE level = 1"));
        Assert.Equal(0, await App.SweepAsync());
    }

    [Fact]
    public async Task A_sweep_interrupted_mid_batch_leaves_nothing_half_recorded_and_the_next_sweep_finishes_the_work()
    {
        var tickets = await StartManyAsync(10);
        App.Clock.Advance(TimeSpan.FromHours(3) + TimeSpan.FromSeconds(1));
        // A clock naming a calendar that cannot be read makes the batch fail after it has advanced other clocks.
        var broken = await BreakOneClockAsync();

        await Assert.ThrowsAnyAsync<InvalidOperationException>(() => App.SweepAsync());
        Assert.Equal(0, await App.CountAsync("SELECT count(*) FROM sla.clock_events WHERE kind <> 'Started'"));
        Assert.Equal(0, await App.CountAsync("SELECT count(*) FROM sla.outbox_messages"));
        Assert.Equal(0, await App.CountAsync("SELECT count(*) FROM sla.escalations"));

        await RepairAsync(broken);
        await App.SweepAsync();

        Assert.Equal(tickets, await App.CountAsync("SELECT count(*) FROM sla.clock_events WHERE kind = 'Breached'"));
        Assert.Equal(tickets, await App.CountAsync("SELECT count(*) FROM sla.outbox_messages WHERE type LIKE '%.SlaBreached'"));
    }

    [Fact]
    public async Task The_sweep_claims_only_clocks_that_are_due()
    {
        await StartManyAsync(5);
        App.Clock.Advance(TimeSpan.FromHours(1));

        Assert.Equal(0, await App.SweepAsync());
        App.Clock.Advance(TimeSpan.FromHours(1.5));
        Assert.Equal(5, await App.SweepAsync());
        Assert.Equal(0, await App.SweepAsync());
    }

    private async Task<int> StartManyAsync(int count)
    {
        for (var i = 0; i < count; i++)
        {
            await App.SendAsync(new StartClocks(SlaWorkType.Ticket, Guid.NewGuid(), new ClockAttributes(SlaWorkType.Ticket), [SlaMetric.FirstContact]));
        }

        return count;
    }

    private async Task<Guid> BreakOneClockAsync()
    {
        await using var connection = await App.OpenConnectionAsync();
        await using var command = connection.CreateCommand();
        command.CommandText = "UPDATE sla.clocks SET calendar_id = gen_random_uuid() WHERE id = (SELECT id FROM sla.clocks ORDER BY id OFFSET 5 LIMIT 1) RETURNING id";
        return (Guid)(await command.ExecuteScalarAsync())!;
    }

    private async Task RepairAsync(Guid clock)
    {
        await using var connection = await App.OpenConnectionAsync();
        await using var command = connection.CreateCommand();
        command.CommandText = "UPDATE sla.clocks SET calendar_id = NULL WHERE id = @id";
        command.Parameters.AddWithValue("id", clock);
        await command.ExecuteNonQueryAsync();
    }
}
