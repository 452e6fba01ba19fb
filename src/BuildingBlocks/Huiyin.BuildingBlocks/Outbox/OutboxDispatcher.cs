using Huiyin.BuildingBlocks.Persistence;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Npgsql;

namespace Huiyin.BuildingBlocks.Outbox;

/// <summary>
/// Keeps the outboxes drained: wakes on PostgreSQL NOTIFY right after a commit, and polls anyway every
/// <see cref="OutboxOptions.PollInterval"/> so that retries and missed notifications are picked up.
/// </summary>
internal sealed class OutboxDispatcher(
    OutboxProcessor processor, NpgsqlDataSource dataSource, IOptions<OutboxOptions> options, ILogger<OutboxDispatcher> logger)
    : BackgroundService
{
    private static readonly TimeSpan ReconnectDelay = TimeSpan.FromSeconds(5);

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        while (!stoppingToken.IsCancellationRequested)
        {
            try
            {
                await ListenAndDispatchAsync(stoppingToken);
            }
            catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
            {
                return;
            }
            catch (Exception e)
            {
                logger.LogError(e, "The outbox dispatcher lost its connection; reconnecting in {Delay}", ReconnectDelay);
                await Task.Delay(ReconnectDelay, stoppingToken);
            }
        }
    }

    private async Task ListenAndDispatchAsync(CancellationToken stoppingToken)
    {
        await using var listener = await dataSource.OpenConnectionAsync(stoppingToken);
        await using (var listen = new NpgsqlCommand($"LISTEN {ModuleDbContext.OutboxChannel}", listener))
        {
            await listen.ExecuteNonQueryAsync(stoppingToken);
        }

        while (!stoppingToken.IsCancellationRequested)
        {
            while (await processor.DispatchDueAsync(stoppingToken) > 0)
            {
            }

            await listener.WaitAsync(options.Value.PollInterval, stoppingToken);
        }
    }
}
