using System.Threading.Channels;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Npgsql;

namespace Huiyin.BuildingBlocks.Outbox;

/// <summary>
/// Keeps the outboxes drained: wakes on PostgreSQL NOTIFY right after a commit, and polls anyway every
/// <see cref="OutboxOptions.PollInterval"/> so that retries and missed notifications are picked up.
/// Listening and dispatching run side by side: the notifications that arrive during a dispatch pass, or within
/// <see cref="OutboxOptions.GatherDelay"/> of the first, are answered by one pass over the schemas they name, not by one pass each.
/// </summary>
internal sealed class OutboxDispatcher(
    OutboxProcessor processor, NpgsqlDataSource dataSource, IOptions<OutboxOptions> options, ILogger<OutboxDispatcher> logger)
    : BackgroundService
{
    private static readonly TimeSpan RecoveryDelay = TimeSpan.FromSeconds(5);

    private readonly Channel<string> _notifiedSchemas = Channel.CreateUnbounded<string>(new UnboundedChannelOptions { SingleReader = true });

    protected override Task ExecuteAsync(CancellationToken stoppingToken) =>
        Task.WhenAll(ListenAsync(stoppingToken), DispatchAsync(stoppingToken));

    private async Task ListenAsync(CancellationToken stoppingToken)
    {
        while (!stoppingToken.IsCancellationRequested)
        {
            try
            {
                await using var listener = await dataSource.OpenConnectionAsync(stoppingToken);
                listener.Notification += (_, e) => _notifiedSchemas.Writer.TryWrite(e.Payload);
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

    private async Task DispatchAsync(CancellationToken stoppingToken)
    {
        IEnumerable<string> due = processor.Schemas;
        while (!stoppingToken.IsCancellationRequested)
        {
            try
            {
                await processor.DrainAsync(due, stoppingToken);
                due = await NextWakeUpAsync(stoppingToken);
            }
            catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
            {
                return;
            }
            catch (Exception e)
            {
                logger.LogError(e, "An outbox dispatch pass failed; trying again in {Delay}", RecoveryDelay);
                await DelayAsync(stoppingToken);
                due = processor.Schemas;
            }
        }
    }

    /// <summary>The schemas notified since the last pass, or every schema when the poll interval passes in silence.</summary>
    private async Task<IEnumerable<string>> NextWakeUpAsync(CancellationToken stoppingToken)
    {
        using var poll = CancellationTokenSource.CreateLinkedTokenSource(stoppingToken);
        poll.CancelAfter(options.Value.PollInterval);
        try
        {
            await _notifiedSchemas.Reader.WaitToReadAsync(poll.Token);
        }
        catch (OperationCanceledException) when (!stoppingToken.IsCancellationRequested)
        {
            return processor.Schemas;
        }

        await Task.Delay(options.Value.GatherDelay, stoppingToken);
        var notified = new HashSet<string>();
        while (_notifiedSchemas.Reader.TryRead(out var schema))
        {
            notified.Add(schema);
        }

        return notified;
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
