using Huiyin.BuildingBlocks.Results;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Huiyin.BuildingBlocks.Persistence;

/// <summary>
/// A create that came with an <c>Idempotency-Key</c>: the caller, the key, a hash of the body and what was
/// created. A module that accepts the header applies <see cref="IdempotencyRecordConfiguration"/> to its model.
/// </summary>
public sealed class IdempotencyRecord
{
    public required string Caller { get; init; }

    public required string Key { get; init; }

    public required string RequestHash { get; init; }

    public required Guid ResourceId { get; init; }

    public required DateTimeOffset CreatedAt { get; init; }
}

public sealed class IdempotencyRecordConfiguration : IEntityTypeConfiguration<IdempotencyRecord>
{
    public const int MaxKeyLength = 100;

    public void Configure(EntityTypeBuilder<IdempotencyRecord> builder)
    {
        builder.ToTable("idempotency_keys");
        builder.HasKey(r => new { r.Caller, r.Key });
        builder.Property(r => r.Caller).HasMaxLength(64);
        builder.Property(r => r.Key).HasMaxLength(MaxKeyLength);
        builder.Property(r => r.RequestHash).HasMaxLength(64);
    }
}

public static class IdempotencyRecords
{
    /// <summary>
    /// What an earlier create with the same caller and key made: nothing (null, go ahead), the resource's id
    /// (a repeat: answer the first result), or a 422 when the same key came with a different body.
    /// </summary>
    public static async Task<Result<Guid?>> ReplayOfAsync(
        this DbSet<IdempotencyRecord> records, string caller, string key, string requestHash, CancellationToken cancellationToken)
    {
        var earlier = await records.AsNoTracking().SingleOrDefaultAsync(r => r.Caller == caller && r.Key == key, cancellationToken);
        if (earlier is null)
        {
            return Result<Guid?>.Success(null);
        }

        return earlier.RequestHash == requestHash
            ? earlier.ResourceId
            : Error.BusinessRule("idempotency_key_reused", "This Idempotency-Key was already used with a different request body; use a new key for a new request.");
    }
}
