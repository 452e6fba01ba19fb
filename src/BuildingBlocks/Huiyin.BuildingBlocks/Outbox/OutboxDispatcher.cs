using System.Threading.Channels;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Npgsql;

namespace Huiyin.BuildingBlocks.Outbox;

/// <summary>
/// Keeps the outboxes drained, each module's by a loop of its own: a loop wakes on the PostgreSQL NOTIFY that names its schema
/// right after a commit, and polls anyway every <see cref="OutboxOptions.PollInterval"/> so that retries and missed
/// notifications are picked up. The notifications that arrive during a drain, or within <see cref="OutboxOptions.GatherDelay"/>
/// of the first, are answered by one drain. The loops run side by side, so an outbox that keeps filling (the sweep breaching
/// thousands of clocks, texts waiting on the gateway) never holds another back, and their handlers' commits share the disk's flushes.
/// </summary>
internal sealed class OutboxDispatcher(
    OutboxProcessor processor, NpgsqlDataSource dataSource, IOptions<OutboxOptions> options, ILogger<OutboxDispatcher> logger)
    : BackgroundService
{
    private static readonly TimeSpan RecoveryDelay = TimeSpan.FromSeconds(5);

    /// <summary>One pending wake-up per schema: notifications that arrive while one is pending add nothing.</summary>
    private readonly Dictionary<string, Channel<bool>> _wakeUps = processor.Schemas.ToDictionary(
        schema => schema,
        _ => Channel.CreateBounded<bool>(new BoundedChannelOptions(1) { FullMode = BoundedChannelFullMode.DropWrite, SingleReader = true }));

    protected override Task ExecuteAsync(CancellationToken stoppingToken) =>
        Task.WhenAll([ListenAsync(stoppingToken), .. processor.Schemas.Select(schema => DispatchAsync(schema, stoppingToken))]);

    private async Task ListenAsync(CancellationToken stoppingToken)
    {
        while (!stoppingToken.IsCancellationRequested)
        {
            try
            {
                await using var listener = await dataSource.OpenConnectionAsync(stoppingToken);
                listener.Notification += (_, e) => WakeUp(e.Payload);
                await using (var listen = new NpgsqlCommand($"LISTEN {OutboxNotifyTrigger.Channel}", listener))
                {
                    await listen.ExecuteNonQueryAsync(stoppingToken);
                }

                while (!stoppingToken.IsCancellationRequested)
                {
                    await listener.WaitAsync(stoppingToken);
                }
            }
            catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
            {
                return;
            }
            catch (Exception e)
            {
                logger.LogError(e, "The outbox dispatcher lost its connection; reconnecting in {Delay}", RecoveryDelay);
                await DelayAsync(stoppingToken);
            }
        }
    }

    private void WakeUp(string schema)
    {
        if (_wakeUps.TryGetValue(schema, out var wakeUp))
        {
            wakeUp.Writer.TryWrite(true);
        }
    }

    private async Task DispatchAsync(string schema, CancellationToken stoppingToken)
    {
        while (!stoppingToken.IsCancellationRequested)
        {
            try
            {
                await processor.DrainAsync([schema], stoppingToken);
                await NextWakeUpAsync(_wakeUps[schema].Reader, stoppingToken);
            }
            catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
            {
                return;
            }
            catch (Exception e)
            {
                logger.LogError(e, "Dispatching the {Schema} outbox failed; trying again in {Delay}", schema, RecoveryDelay);
                await DelayAsync(stoppingToken);
            }
        }
    }

    /// <summary>Returns after a notification and the gathering delay that follows it, or when the poll interval passes in silence.</summary>
    private async Task NextWakeUpAsync(ChannelReader<bool> wakeUps, CancellationToken stoppingToken)
    {
        using var poll = CancellationTokenSource.CreateLinkedTokenSource(stoppingToken);
        poll.CancelAfter(options.Value.PollInterval);
        try
        {
            await wakeUps.ReadAsync(poll.Token);
        }
        catch (OperationCanceledException) when (!stoppingToken.IsCancellationRequested)
        {
            return;
        }

        await Task.Delay(options.Value.GatherDelay, stoppingToken);
        wakeUps.TryRead(out _);
    }

    private static async Task DelayAsync(CancellationToken stoppingToken)
    {
        try
        {
            await Task.Delay(RecoveryDelay, stoppingToken);
        }
        catch (OperationCanceledException)
        {
        }
    }
}
