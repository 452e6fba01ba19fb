using Huiyin.BuildingBlocks.Persistence;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Npgsql;

namespace Huiyin.BuildingBlocks.Messaging.UnitOfWork;

/// <summary>
/// The bounded execution strategy around the outermost request (docs/decisions/0009): a failure that says the database
/// was away or busy for a moment (<see cref="TransientDatabaseFailure"/>) runs the whole request again after a growing
/// pause, up to <see cref="DatabaseRetryOptions.MaxAttempts"/> times; the last failure then goes to the caller (a 503).
/// A re-run is safe because the unit of work saves nothing of a failed attempt. When the server itself went away the
/// pool's idle connections are dead too, so they are dropped rather than tried one by one.
/// </summary>
internal sealed class TransientFailureRetry(
    NpgsqlDataSource dataSource, IOptions<DatabaseRetryOptions> options, ILogger<TransientFailureRetry> logger)
{
    public async Task<TResponse> RunAsync<TResponse>(string requestName, Func<Task<TResponse>> attempt, CancellationToken cancellationToken)
    {
        for (var attempted = 1; ; attempted++)
        {
            try
            {
                return await attempt();
            }
            catch (Exception e) when (TransientDatabaseFailure.Is(e) && attempted < options.Value.MaxAttempts && !cancellationToken.IsCancellationRequested)
            {
                var pause = options.Value.DelayAfter(attempted);
                logger.LogWarning("{Request} met a transient database failure ({Failure}); attempt {Attempt} follows in {Pause} ms",
                    requestName, e.Message, attempted + 1, pause.TotalMilliseconds);
                if (TransientDatabaseFailure.LostTheServer(e))
                {
                    dataSource.Clear();
                }

                // Real time, not the business clock: the pause waits for a server, not for a deadline.
                await Task.Delay(pause, cancellationToken);
            }
        }
    }
}
