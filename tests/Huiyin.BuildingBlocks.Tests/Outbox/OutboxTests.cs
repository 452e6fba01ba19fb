using Huiyin.BuildingBlocks.Outbox;
using Huiyin.BuildingBlocks.Tests.Outbox.Parcels;
using MediatR;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Npgsql;

namespace Huiyin.BuildingBlocks.Tests.Outbox;

public sealed class OutboxTests(OutboxDatabase database) : OutboxTest(database)
{
    [Fact]
    public async Task An_event_written_with_a_change_is_delivered_once_after_commit()
    {
        await using var host = Database.CreateHost(Clock, Log);
        await host.SendAsync(new RegisterParcel("快递A"));
        Assert.Equal(1L, await Database.ScalarAsync<long>("SELECT count(*) FROM parcels.outbox_messages WHERE processed_at IS NULL"));

        var processor = host.GetRequiredService<OutboxProcessor>();
        await processor.DispatchDueAsync(CancellationToken.None);
        await processor.DispatchDueAsync(CancellationToken.None);

        Assert.Equal(1, await host.CountReceiptsAsync());
        Assert.Equal([1], Log.All.Values);
        Assert.Equal(0L, await Database.ScalarAsync<long>("SELECT count(*) FROM parcels.outbox_messages WHERE processed_at IS NULL"));
    }

    [Fact]
    public async Task A_failed_command_saves_neither_the_change_nor_its_event()
    {
        await using var host = Database.CreateHost(Clock, Log);

        var result = await host.SendAsync(new RegisterParcel("退件", Refuse: true));

        Assert.True(result.IsFailure);
        Assert.Equal(0L, await Database.ScalarAsync<long>("SELECT count(*) FROM parcels.parcels"));
        Assert.Equal(0L, await Database.ScalarAsync<long>("SELECT count(*) FROM parcels.outbox_messages"));
    }

    [Fact]
    public async Task An_event_committed_before_a_crash_is_delivered_after_the_restart()
    {
        await using (var crashed = Database.CreateHost(Clock, Log))
        {
            await crashed.SendAsync(new RegisterParcel("断电前"));
        }

        await using var restarted = Database.CreateHost(Clock, Log);
        await restarted.GetRequiredService<OutboxProcessor>().DispatchDueAsync(CancellationToken.None);

        Assert.Equal(1, await restarted.CountReceiptsAsync());
    }

    [Fact]
    public async Task A_failing_handler_is_retried_with_backoff_then_parked_and_can_be_requeued_which_wakes_the_dispatchers()
    {
        await using var host = Database.CreateHost(Clock, Log);
        var processor = host.GetRequiredService<OutboxProcessor>();
        await host.SendAsync(new RegisterParcel("有毒", Poison: true));

        await processor.DispatchDueAsync(CancellationToken.None);
        Assert.Equal(1, await Database.ScalarAsync<int>("SELECT attempts FROM parcels.outbox_messages"));
        Assert.Equal(0, await processor.DispatchDueAsync(CancellationToken.None));

        for (var attempt = 2; attempt <= 5; attempt++)
        {
            Clock.Advance(TimeSpan.FromMinutes(1));
            Assert.Equal(1, await processor.DispatchDueAsync(CancellationToken.None));
        }

        var parked = await host.GetRequiredService<ParkedMessages>().ListAsync(CancellationToken.None);
        var message = Assert.Single(parked);
        Assert.Equal(5, message.Attempts);
        Assert.Contains("cannot be handled", message.LastError);
        Clock.Advance(TimeSpan.FromHours(1));
        Assert.Equal(0, await processor.DispatchDueAsync(CancellationToken.None));

        var heard = new List<string>();
        await using var listener = await ListenAsync(heard);
        Assert.True(await host.GetRequiredService<ParkedMessages>().RetryAsync(ParcelDbContext.SchemaName, message.Id, CancellationToken.None));
        Assert.True(await listener.WaitAsync(5000));
        Assert.Equal([ParcelDbContext.SchemaName], heard);
        Assert.Equal(1, await processor.DispatchDueAsync(CancellationToken.None));
        Assert.Equal(1, await Database.ScalarAsync<int>("SELECT attempts FROM parcels.outbox_messages"));
    }

    [Fact]
    public void Retry_delays_double_up_to_the_cap()
    {
        var options = new OutboxOptions { BaseRetryDelay = TimeSpan.FromSeconds(2), MaxRetryDelay = TimeSpan.FromSeconds(30) };

        Assert.Equal([2, 4, 8, 16, 30, 30], Enumerable.Range(1, 6).Select(a => options.RetryDelayAfter(a).TotalSeconds));
    }

    [Fact]
    public async Task The_inbox_stops_a_redelivered_event_from_being_handled_twice()
    {
        await using var host = Database.CreateHost(Clock, Log);
        var redelivered = new ParcelRegistered(Guid.NewGuid(), "重复", Poison: false, Clock.GetUtcNow());

        for (var delivery = 0; delivery < 3; delivery++)
        {
            await using var scope = host.CreateAsyncScope();
            await scope.ServiceProvider.GetRequiredService<IMediator>().Publish(redelivered);
        }

        Assert.Equal(3, Log.DeliveriesOf(redelivered.Id));
        Assert.Equal(1, await host.CountReceiptsAsync());
    }

    [Fact]
    public async Task Two_dispatchers_running_at_once_deliver_each_event_exactly_once()
    {
        await using var writer = Database.CreateHost(Clock, Log);
        for (var i = 0; i < 120; i++)
        {
            await writer.SendAsync(new RegisterParcel($"包裹{i}"));
        }

        await using var first = Database.CreateHost(Clock, Log);
        await using var second = Database.CreateHost(Clock, Log);
        await Task.WhenAll(DrainAsync(first), DrainAsync(second));

        Assert.Equal(120, Log.All.Count);
        Assert.All(Log.All.Values, deliveries => Assert.Equal(1, deliveries));
        Assert.Equal(120, await writer.CountReceiptsAsync());
    }

    [Fact]
    public async Task Draining_an_outbox_goes_on_past_full_batches_and_ignores_names_that_are_not_outboxes()
    {
        await using var host = Database.CreateHost(Clock, Log);
        for (var i = 0; i < 45; i++)
        {
            await host.SendAsync(new RegisterParcel($"批次{i}"));
        }

        var processor = host.GetRequiredService<OutboxProcessor>();
        await processor.DrainAsync(["public", "parcels\"; DROP TABLE parcels.parcels; --"], CancellationToken.None);
        Assert.Empty(Log.All);

        await processor.DrainAsync([ParcelDbContext.SchemaName], CancellationToken.None);

        Assert.Equal(45, Log.All.Count);
        Assert.Equal(45L, await Database.ScalarAsync<long>("SELECT count(*) FROM parcels.parcels"));
    }

    [Fact]
    public async Task A_committed_event_notifies_the_dispatchers_with_its_schema_and_a_rolled_back_one_does_not()
    {
        await using var host = Database.CreateHost(Clock, Log);
        var heard = new List<string>();
        await using var listener = await ListenAsync(heard);

        await host.SendAsync(new RegisterParcel("退件", Refuse: true));
        Assert.False(await listener.WaitAsync(500));

        await host.SendAsync(new RegisterParcel("通知"));
        Assert.True(await listener.WaitAsync(5000));
        Assert.Equal([ParcelDbContext.SchemaName], heard);
    }

    [Fact]
    public async Task The_running_dispatcher_wakes_on_notify_without_waiting_for_its_poll()
    {
        await using var host = Database.CreateHost(TimeProvider.System, Log, dispatcher: true, pollInterval: TimeSpan.FromMinutes(10));
        var dispatcher = host.GetServices<IHostedService>().Single();
        await dispatcher.StartAsync(CancellationToken.None);
        try
        {
            await Task.Delay(TimeSpan.FromSeconds(1));
            await host.SendAsync(new RegisterParcel("即时"));

            var deadline = DateTime.UtcNow.AddSeconds(5);
            while (await host.CountReceiptsAsync() == 0 && DateTime.UtcNow < deadline)
            {
                await Task.Delay(50);
            }

            Assert.Equal(1, await host.CountReceiptsAsync());
        }
        finally
        {
            await dispatcher.StopAsync(CancellationToken.None);
        }
    }

    private static async Task DrainAsync(ServiceProvider host)
    {
        var processor = host.GetRequiredService<OutboxProcessor>();
        while (await processor.DispatchDueAsync(CancellationToken.None) > 0)
        {
        }
    }

    /// <summary>A connection listening on the dispatchers' channel, adding each payload it hears to <paramref name="heard"/>.</summary>
    private async Task<NpgsqlConnection> ListenAsync(List<string> heard)
    {
        var listener = new NpgsqlConnection(Database.ConnectionString);
        await listener.OpenAsync();
        listener.Notification += (_, e) => heard.Add(e.Payload);
        await using var listen = new NpgsqlCommand($"LISTEN {OutboxNotifyTrigger.Channel}", listener);
        await listen.ExecuteNonQueryAsync();
        return listener;
    }
}
