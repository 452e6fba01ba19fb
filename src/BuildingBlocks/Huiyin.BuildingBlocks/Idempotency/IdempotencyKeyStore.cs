using Microsoft.EntityFrameworkCore;

namespace Huiyin.BuildingBlocks.Idempotency;

/// <summary>
/// The keys' rows, each statement on its own (no transaction): a claim must be seen by a concurrent request at once.
/// A claim whose request never finished (the process died) is taken over after <see cref="AbandonedAfter"/>.
/// </summary>
internal sealed class IdempotencyKeyStore(IdempotencyDbContext db, TimeProvider clock)
{
    public static readonly TimeSpan AbandonedAfter = TimeSpan.FromMinutes(5);

    /// <summary>Claims the caller's key for a request; false when the key is already taken.</summary>
    public async Task<bool> ClaimAsync(string caller, string key, string requestHash, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow();
        var abandonedBefore = now - AbandonedAfter;
        var claimed = await db.Database.ExecuteSqlInterpolatedAsync($"""
            INSERT INTO platform.idempotency_keys (caller, key, request_hash, created_at) VALUES ({caller}, {key}, {requestHash}, {now})
            ON CONFLICT (caller, key) DO UPDATE SET request_hash = excluded.request_hash, created_at = excluded.created_at
            WHERE idempotency_keys.status_code IS NULL AND idempotency_keys.created_at < {abandonedBefore}
            """, cancellationToken);
        return claimed == 1;
    }

    public Task<IdempotencyKey?> FindAsync(string caller, string key, CancellationToken cancellationToken) =>
        db.Keys.AsNoTracking().SingleOrDefaultAsync(k => k.Caller == caller && k.Key == key, cancellationToken);

    /// <summary>Keeps the response of a request that succeeded, to be replayed.</summary>
    public Task CompleteAsync(string caller, string key, StoredResponse response, CancellationToken cancellationToken) =>
        db.Keys.Where(k => k.Caller == caller && k.Key == key).ExecuteUpdateAsync(set => set
            .SetProperty(k => k.StatusCode, response.StatusCode)
            .SetProperty(k => k.ContentType, response.ContentType)
            .SetProperty(k => k.Location, response.Location)
            .SetProperty(k => k.ETag, response.ETag)
            .SetProperty(k => k.Body, response.Body), cancellationToken);

    /// <summary>Lets the key go after a request that failed, so the caller may retry with it.</summary>
    public Task ReleaseAsync(string caller, string key, CancellationToken cancellationToken) =>
        db.Keys.Where(k => k.Caller == caller && k.Key == key && k.StatusCode == null).ExecuteDeleteAsync(cancellationToken);

    /// <summary>Deletes the keys older than <paramref name="age"/>; returns how many.</summary>
    public Task<int> PurgeOlderThanAsync(TimeSpan age, CancellationToken cancellationToken)
    {
        var before = clock.GetUtcNow() - age;
        return db.Keys.Where(k => k.CreatedAt < before).ExecuteDeleteAsync(cancellationToken);
    }
}

/// <summary>What a replay answers: the first response's status, body, and the headers that matter to the caller.</summary>
internal sealed record StoredResponse(int StatusCode, string? ContentType, string? Location, string? ETag, byte[] Body)
{
    public static StoredResponse From(IdempotencyKey key) => new(key.StatusCode!.Value, key.ContentType, key.Location, key.ETag, key.Body ?? []);
}
