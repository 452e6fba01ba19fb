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
