using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Huiyin.BuildingBlocks.Idempotency;

/// <summary>
/// A create sent with an <c>Idempotency-Key</c>: whose key, a fingerprint of the request, and — once it succeeded —
/// the response to replay. A key without a response is a request still running.
/// </summary>
internal sealed class IdempotencyKey
{
    public required string Caller { get; init; }

    public required string Key { get; init; }

    public required string RequestHash { get; init; }

    public required DateTimeOffset CreatedAt { get; init; }

    public int? StatusCode { get; init; }

    public string? ContentType { get; init; }

    public string? Location { get; init; }

    public string? ETag { get; init; }

    public byte[]? Body { get; init; }
}

internal sealed class IdempotencyKeyConfiguration : IEntityTypeConfiguration<IdempotencyKey>
{
    public void Configure(EntityTypeBuilder<IdempotencyKey> builder)
    {
        builder.ToTable("idempotency_keys");
        builder.HasKey(k => new { k.Caller, k.Key });
        builder.Property(k => k.Caller).HasMaxLength(64);
        builder.Property(k => k.Key).HasMaxLength(IdempotentCreates.MaxKeyLength);
        builder.Property(k => k.RequestHash).HasMaxLength(64);
        builder.Property(k => k.ContentType).HasMaxLength(200);
        builder.Property(k => k.Location).HasMaxLength(2000);
        builder.Property(k => k.ETag).HasColumnName("etag").HasMaxLength(100);
        builder.HasIndex(k => k.CreatedAt);
    }
}
