using Huiyin.BuildingBlocks.Persistence;
using Huiyin.Sla.Domain.Clocks;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Huiyin.Sla.Persistence;

internal sealed class ClockConfiguration : IEntityTypeConfiguration<SlaClock>
{
    public const string OneClockPerItemAndMetric = "ix_clocks_item_type_item_id_metric";

    public void Configure(EntityTypeBuilder<SlaClock> builder)
    {
        builder.ToTable("clocks");
        builder.HasKey(c => c.Id);
        builder.Property(c => c.ItemType).HasConversion<string>().HasMaxLength(20);
        builder.Property(c => c.Metric).HasConversion<string>().HasMaxLength(20);
        builder.Property(c => c.Status).HasConversion<string>().HasMaxLength(20);
        builder.Property(c => c.PolicyName).HasMaxLength(100);
        builder.HasIndex(c => new { c.ItemType, c.ItemId, c.Metric }).IsUnique().HasDatabaseName(OneClockPerItemAndMetric);
        // The sweep's only access path: cost follows the clocks falling due, not the clocks open.
        builder.HasIndex(c => c.NextCheckAt).HasFilter("next_check_at IS NOT NULL");
        builder.HasXminVersion(c => c.Version);
    }
}

internal sealed class ClockEventConfiguration : IEntityTypeConfiguration<ClockEvent>
{
    public void Configure(EntityTypeBuilder<ClockEvent> builder)
    {
        builder.ToTable("clock_events");
        builder.HasKey(e => e.Id);
        builder.Property(e => e.Kind).HasConversion<string>().HasMaxLength(20);
        builder.HasIndex(e => e.ClockId);
        builder.HasOne<SlaClock>().WithMany().HasForeignKey(e => e.ClockId);
    }
}

internal sealed class EscalationConfiguration : IEntityTypeConfiguration<Escalation>
{
    public void Configure(EntityTypeBuilder<Escalation> builder)
    {
        builder.ToTable("escalations");
        builder.HasKey(e => e.Id);
        builder.Property(e => e.ItemType).HasConversion<string>().HasMaxLength(20);
        builder.Property(e => e.Metric).HasConversion<string>().HasMaxLength(20);
        builder.Property(e => e.PolicyName).HasMaxLength(100);
        builder.Property(e => e.AcknowledgedBy).HasMaxLength(64);
        builder.Property(e => e.Reason).HasMaxLength(1000);
        builder.Property(e => e.RaisedBy).HasMaxLength(64);
        builder.HasIndex(e => new { e.ClockId, e.Level }).IsUnique();
        builder.HasIndex(e => new { e.Level, e.AcknowledgedAt });
        builder.HasOne<SlaClock>().WithMany().HasForeignKey(e => e.ClockId);
        builder.HasXminVersion(e => e.Version);
    }
}

internal sealed class ClockExtensionConfiguration : IEntityTypeConfiguration<ClockExtension>
{
    public void Configure(EntityTypeBuilder<ClockExtension> builder)
    {
        builder.ToTable("clock_extensions");
        builder.HasKey(e => e.Id);
        builder.Property(e => e.ItemType).HasConversion<string>().HasMaxLength(20);
        builder.Property(e => e.State).HasConversion<string>().HasMaxLength(20);
        builder.Property(e => e.Reason).HasMaxLength(1000);
        builder.Property(e => e.Note).HasMaxLength(1000);
        builder.Property(e => e.RequestedBy).HasMaxLength(64);
        builder.Property(e => e.DecidedBy).HasMaxLength(64);
        builder.HasIndex(e => new { e.ItemType, e.ItemId });
        builder.HasIndex(e => new { e.State, e.RequestedAt });
        builder.HasOne<SlaClock>().WithMany().HasForeignKey(e => e.ClockId);
        builder.HasXminVersion(e => e.Version);
    }
}
