using Huiyin.BuildingBlocks.Persistence;
using Huiyin.Facilities.Domain;
using Huiyin.Facilities.Domain.Notices;
using Huiyin.Facilities.Domain.Outages;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Huiyin.Facilities.Persistence;

internal sealed class OutageConfiguration : IEntityTypeConfiguration<Outage>
{
    public void Configure(EntityTypeBuilder<Outage> builder)
    {
        builder.ToTable("outages");
        builder.HasKey(o => o.Id);
        builder.Property(o => o.Id).HasConversion(id => id.Value, value => new OutageId(value));
        builder.Property(o => o.Sequence).UseIdentityAlwaysColumn();
        builder.HasIndex(o => o.Sequence).IsUnique();
        builder.Property(o => o.Kind).HasConversion<string>().HasMaxLength(16);
        builder.Property(o => o.Title).HasMaxLength(100);
        builder.Property(o => o.CreatedBy).HasMaxLength(64);
        builder.Property(o => o.UpdatedBy).HasMaxLength(64);
        builder.Ignore(o => o.InForce);
        builder.Property(o => o.StartNoticeId).HasConversion(id => id!.Value.Value, value => new NoticeId(value));
        builder.Property(o => o.RestorationNoticeId).HasConversion(id => id!.Value.Value, value => new NoticeId(value));
        builder.HasIndex(o => o.StartedAt).HasFilter("restored_at IS NULL").HasDatabaseName("ix_outages_in_force");
        builder.HasXminVersion(o => o.Version);
    }
}

internal sealed class OutageUnitConfiguration : IEntityTypeConfiguration<OutageUnit>
{
    public void Configure(EntityTypeBuilder<OutageUnit> builder)
    {
        builder.ToTable("outage_units");
        builder.HasKey(u => new { u.OutageId, u.UnitId });
        builder.Property(u => u.OutageId).HasConversion(id => id.Value, value => new OutageId(value));
        builder.Property(u => u.UnitId).HasConversion(id => id.Value, value => new UnitId(value));
        builder.HasOne<Outage>().WithMany().HasForeignKey(u => u.OutageId).OnDelete(DeleteBehavior.Cascade);
        builder.HasOne<Unit>().WithMany().HasForeignKey(u => u.UnitId).OnDelete(DeleteBehavior.Restrict);
        builder.HasIndex(u => u.UnitId);
    }
}
