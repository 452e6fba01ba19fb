using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Huiyin.BuildingBlocks.Auditing;

/// <summary>One administrative change. Rows are only ever inserted: a trigger refuses UPDATE and DELETE.</summary>
internal sealed class AuditRecord
{
    public const string SystemActor = "system";

    public required Guid Id { get; init; }

    public required DateTimeOffset At { get; init; }

    /// <summary><c>staff</c>, <c>api-client</c> or <c>system</c>.</summary>
    public required string ActorKind { get; init; }

    public Guid? ActorId { get; init; }

    public string? ActorName { get; init; }

    public string? RemoteIp { get; init; }

    public string? UserAgent { get; init; }

    public required string Operation { get; init; }

    public string? TargetId { get; init; }

    /// <summary>JSON: the rows the change touched as they were, sensitive values masked.</summary>
    public required string Before { get; init; }

    /// <summary>JSON: the same rows as the change left them.</summary>
    public required string After { get; init; }
}

internal sealed class AuditRecordConfiguration : IEntityTypeConfiguration<AuditRecord>
{
    public void Configure(EntityTypeBuilder<AuditRecord> builder)
    {
        builder.ToTable("audit_records");
        builder.HasKey(r => r.Id);
        builder.Property(r => r.ActorKind).HasMaxLength(20);
        builder.Property(r => r.ActorName).HasMaxLength(200);
        builder.Property(r => r.RemoteIp).HasMaxLength(64);
        builder.Property(r => r.UserAgent).HasMaxLength(500);
        builder.Property(r => r.Operation).HasMaxLength(100);
        builder.Property(r => r.TargetId).HasMaxLength(100);
        builder.Property(r => r.Before).HasColumnType("jsonb");
        builder.Property(r => r.After).HasColumnType("jsonb");
        builder.HasIndex(r => new { r.At, r.Id });
        builder.HasIndex(r => r.ActorId);
        builder.HasIndex(r => r.TargetId);
    }
}
