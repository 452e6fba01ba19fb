using Huiyin.BuildingBlocks.Persistence;
using Huiyin.Customers.Features.Exports;
using Huiyin.Customers.Features.Grading;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Huiyin.Customers.Persistence;

internal sealed class GradingRunConfiguration : IEntityTypeConfiguration<GradingRun>
{
    public void Configure(EntityTypeBuilder<GradingRun> builder)
    {
        builder.ToTable("grading_runs");
        builder.HasKey(r => r.Id);
        builder.Property(r => r.Status).HasConversion<string>().HasMaxLength(16);
        builder.Property(r => r.StartedBy).HasMaxLength(64);
        builder.Property(r => r.ApprovedBy).HasMaxLength(64);
        builder.HasMany(r => r.Entries).WithOne().HasForeignKey(e => e.RunId).OnDelete(DeleteBehavior.Restrict);
        builder.HasXminVersion(r => r.Version);
    }
}

internal sealed class GradingEntryConfiguration : IEntityTypeConfiguration<GradingEntry>
{
    public void Configure(EntityTypeBuilder<GradingEntry> builder)
    {
        builder.ToTable("grading_entries");
        builder.HasKey(e => new { e.RunId, e.CustomerId });
        builder.HasIndex(e => new { e.RunId, e.Rank }).IsUnique();
        builder.HasIndex(e => e.CustomerId);
    }
}

internal sealed class CustomerExportConfiguration : IEntityTypeConfiguration<CustomerExport>
{
    public void Configure(EntityTypeBuilder<CustomerExport> builder)
    {
        builder.ToTable("customer_exports");
        builder.HasKey(e => e.Id);
        builder.Property(e => e.Format).HasConversion<string>().HasMaxLength(8);
        builder.Property(e => e.Status).HasConversion<string>().HasMaxLength(16);
        builder.Property(e => e.Reason).HasMaxLength(500);
        builder.Property(e => e.RequestedBy).HasMaxLength(64);
        builder.Property(e => e.ApprovedBy).HasMaxLength(64);
        builder.OwnsOne(e => e.Filter, filter =>
        {
            filter.Property(f => f.Search).HasMaxLength(100);
            filter.Property(f => f.Type).HasMaxLength(16);
        });
        builder.HasXminVersion(e => e.Version);
    }
}
