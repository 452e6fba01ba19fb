using Microsoft.Extensions.Logging;

namespace Huiyin.BuildingBlocks.Idempotency;

/// <summary>
/// Job <c>platform:idempotency-keys</c>, hourly: forgets the keys older than a day, after which a repeat is a new
/// request. Upkeep of the platform's own table rather than a module's use case, so one statement and no command.
/// </summary>
internal sealed class IdempotencyKeyPurge(IdempotencyKeyStore store, ILogger<IdempotencyKeyPurge> logger)
{
    public const string JobId = "platform:idempotency-keys";
    public const string Schedule = "23 * * * *";
    public static readonly TimeSpan KeptFor = TimeSpan.FromHours(24);

    public async Task RunAsync(CancellationToken cancellationToken)
    {
        var purged = await store.PurgeOlderThanAsync(KeptFor, cancellationToken);
        logger.LogInformation("Purged {Count} idempotency key(s) older than {Age}", purged, KeptFor);
    }
}
