using Huiyin.BuildingBlocks.Outbox;
using Huiyin.BuildingBlocks.Tests.Outbox.Parcels;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;

namespace Huiyin.BuildingBlocks.Tests.Outbox;

/// <summary>Draining several module outboxes at once: a busy one does not hold the others back, nor does a failing or a stuck one stop them.</summary>
public sealed class OutboxFairnessTests(OutboxDatabase database) : OutboxTest(database)
{
    private const int BatchSize = OutboxDatabase.BatchSize;

    [Fact]
    public async Task A_few_messages_in_one_outbox_are_delivered_after_at_most_one_batch_of_another_s_backlog()
    {
        await using var host = Database.CreateHost(Clock, Log);
        await RegisterAsync(host, "柜", 3);
        await Database.MoveOutboxToLockersAsync();
        await RegisterAsync(host, "积压", 5 * BatchSize);

        await host.GetRequiredService<OutboxProcessor>().DrainAsync([ParcelDbContext.SchemaName, OutboxDatabase.LockersSchema], CancellationToken.None);

        var lockers = (await Database.ScalarAsync<Guid[]>(
            $"SELECT array_agg(id) FROM {OutboxDatabase.LockersSchema}.outbox_messages WHERE processed_at IS NOT NULL")).ToHashSet();
        Assert.Equal(3, lockers.Count);
        Assert.Equal(5 * BatchSize + 3, Log.InOrder.Count);
        Assert.All(Log.InOrder.Skip(BatchSize + lockers.Count), id => Assert.DoesNotContain(id, lockers));
    }

    [Fact]
    public async Task A_handler_failing_on_one_outbox_s_messages_does_not_stop_another_outbox_from_draining()
    {
        await using var host = Database.CreateHost(Clock, Log);
        await RegisterAsync(host, "柜", 2 * BatchSize + 5);
        await Database.MoveOutboxToLockersAsync();
        for (var i = 0; i < BatchSize; i++)
        {
            await host.SendAsync(new RegisterParcel($"有毒{i}", Poison: true));
        }

        await RegisterAsync(host, "包裹", 4);

        await host.GetRequiredService<OutboxProcessor>().DrainAsync([ParcelDbContext.SchemaName, OutboxDatabase.LockersSchema], CancellationToken.None);

        Assert.Equal(0L, await Database.ScalarAsync<long>($"SELECT count(*) FROM {OutboxDatabase.LockersSchema}.outbox_messages WHERE processed_at IS NULL"));
        Assert.Equal(4L, await Database.ScalarAsync<long>("SELECT count(*) FROM parcels.outbox_messages WHERE processed_at IS NOT NULL"));
        Assert.Equal((long)BatchSize, await Database.ScalarAsync<long>(
            "SELECT count(*) FROM parcels.outbox_messages WHERE processed_at IS NULL AND attempts = 1 AND last_error LIKE '%cannot be handled%'"));
        Assert.Equal(2 * BatchSize + 5 + 4, await host.CountReceiptsAsync());
    }

    [Fact]
    public async Task The_dispatcher_delivers_one_outbox_s_messages_while_a_handler_is_stuck_on_another_s()
    {
        Log.HeldBack = "卡住";
        await using var host = Database.CreateHost(TimeProvider.System, Log, dispatcher: true, pollInterval: TimeSpan.FromMilliseconds(200));
        await RegisterAsync(host, "柜", 3);
        await Database.MoveOutboxToLockersAsync();
        await host.SendAsync(new RegisterParcel("卡住"));
        var dispatcher = host.GetServices<IHostedService>().Single();
        await dispatcher.StartAsync(CancellationToken.None);
        try
        {
            await UntilAsync(async () => await CountDeliveredAsync(OutboxDatabase.LockersSchema) == 3);
            Assert.Equal(3, Log.InOrder.Count);
            Assert.Equal(0L, await CountDeliveredAsync(ParcelDbContext.SchemaName));

            Log.Release();
            await UntilAsync(async () => await CountDeliveredAsync(ParcelDbContext.SchemaName) == 1);
        }
        finally
        {
            Log.Release();
            await dispatcher.StopAsync(CancellationToken.None);
        }
    }

    [Fact]
    public async Task Events_about_different_things_are_handled_side_by_side_so_one_stuck_handler_does_not_hold_the_batch()
    {
        Log.HeldBack = "卡住";
        await using var host = Database.CreateHost(Clock, Log);
        await host.SendAsync(new RegisterParcel("卡住", Shelf: Guid.CreateVersion7()));
        for (var i = 0; i < 5; i++)
        {
            await host.SendAsync(new RegisterParcel($"架{i}", Shelf: Guid.CreateVersion7()));
        }

        var draining = host.GetRequiredService<OutboxProcessor>().DrainAsync([ParcelDbContext.SchemaName], CancellationToken.None);
        try
        {
            await UntilAsync(() => Task.FromResult(Log.InOrder.Count == 5));
            Assert.False(draining.IsCompleted);
        }
        finally
        {
            Log.Release();
        }

        await draining;
        Assert.Equal(6L, await CountDeliveredAsync(ParcelDbContext.SchemaName));
    }

    [Fact]
    public async Task Events_about_the_same_thing_and_events_about_nothing_in_particular_are_handled_in_the_order_they_occurred()
    {
        Log.Jitter = true;
        await using var host = Database.CreateHost(Clock, Log);
        var shelf = Guid.CreateVersion7();
        for (var i = 0; i < 3 * BatchSize; i++)
        {
            await host.SendAsync(new RegisterParcel($"件{i}", Shelf: (i % 3) switch { 0 => shelf, 1 => null, _ => Guid.CreateVersion7() }));
            Clock.Advance(TimeSpan.FromMilliseconds(1));
        }

        await host.GetRequiredService<OutboxProcessor>().DrainAsync([ParcelDbContext.SchemaName], CancellationToken.None);

        Assert.Equal(3 * BatchSize, Log.InOrder.Count);
        var onTheShelf = await OccurredInOrderAsync($"payload::jsonb->>'shelf' = '{shelf}'");
        Assert.Equal(BatchSize, onTheShelf.Count);
        Assert.Equal(onTheShelf, Log.InOrder.Where(onTheShelf.Contains));
        var unkeyed = await OccurredInOrderAsync("payload::jsonb->>'shelf' IS NULL");
        Assert.Equal(BatchSize, unkeyed.Count);
        Assert.Equal(unkeyed, Log.InOrder.Where(unkeyed.Contains));
    }

    private async Task<List<Guid>> OccurredInOrderAsync(string condition) =>
        [.. await Database.ScalarAsync<Guid[]>($"SELECT array_agg(id ORDER BY occurred_at) FROM parcels.outbox_messages WHERE {condition}")];

    private Task<long> CountDeliveredAsync(string schema) =>
        Database.ScalarAsync<long>($"SELECT count(*) FROM {schema}.outbox_messages WHERE processed_at IS NOT NULL");

    private static async Task UntilAsync(Func<Task<bool>> condition)
    {
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(20));
        while (!await condition())
        {
            await Task.Delay(50, timeout.Token);
        }
    }

    private static async Task RegisterAsync(ServiceProvider host, string label, int count)
    {
        for (var i = 0; i < count; i++)
        {
            await host.SendAsync(new RegisterParcel($"{label}{i}"));
        }
    }
}
