using Huiyin.BuildingBlocks.Persistence;
using Huiyin.Facilities.Domain;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Huiyin.Facilities.Persistence;

internal sealed class EquipmentConfiguration : IEntityTypeConfiguration<Equipment>
{
    public void Configure(EntityTypeBuilder<Equipment> builder)
    {
        builder.ToTable("equipment");
        builder.HasKey(e => e.Id);
        builder.Property(e => e.Id).HasConversion(id => id.Value, value => new EquipmentId(value));
        builder.Property(e => e.SiteId).HasConversion(id => id.Value, value => new SiteId(value));
        builder.Property(e => e.BuildingId).HasConversion(id => id!.Value.Value, value => new BuildingId(value));
        builder.Property(e => e.AreaId).HasConversion(id => id!.Value.Value, value => new AreaId(value));
        builder.Property(e => e.UnitId).HasConversion(id => id!.Value.Value, value => new UnitId(value));
        builder.HasOne<Site>().WithMany().HasForeignKey(e => e.SiteId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<Building>().WithMany().HasForeignKey(e => e.BuildingId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<PublicArea>().WithMany().HasForeignKey(e => e.AreaId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<Unit>().WithMany().HasForeignKey(e => e.UnitId).OnDelete(DeleteBehavior.Restrict);
        builder.Property(e => e.Name).HasMaxLength(100);
        builder.Property(e => e.Type).HasConversion<string>().HasMaxLength(24);
        builder.Property(e => e.Status).HasConversion<string>().HasMaxLength(8);
        builder.Property(e => e.Contractor).HasMaxLength(100);
        builder.Property(e => e.CertificateNumber).HasMaxLength(50);
        builder.Property(e => e.CreatedBy).HasMaxLength(64);
        builder.Property(e => e.UpdatedBy).HasMaxLength(64);
        builder.HasIndex(e => new { e.Status, e.SiteId });
        builder.HasIndex(e => e.CertificateExpiresAt);
        builder.HasMany(e => e.Downtimes).WithOne().HasForeignKey(d => d.EquipmentId).OnDelete(DeleteBehavior.Restrict);
        builder.Navigation(e => e.Downtimes).AutoInclude();
        builder.HasXminVersion(e => e.Version);
    }
}

internal sealed class DowntimeConfiguration : IEntityTypeConfiguration<Downtime>
{
    public void Configure(EntityTypeBuilder<Downtime> builder)
    {
        builder.ToTable("downtimes");
        builder.HasKey(d => d.Id);
        builder.Property(d => d.Id).ValueGeneratedNever();
        builder.Property(d => d.EquipmentId).HasConversion(id => id.Value, value => new EquipmentId(value));
        builder.Property(d => d.Reason).HasMaxLength(500);
    }
}

internal sealed class CertificateReminderConfiguration : IEntityTypeConfiguration<CertificateReminder>
{
    public void Configure(EntityTypeBuilder<CertificateReminder> builder)
    {
        builder.ToTable("certificate_reminders");
        builder.HasKey(r => new { r.EquipmentId, r.CertificateExpiresAt });
        builder.Property(r => r.EquipmentId).HasConversion(id => id.Value, value => new EquipmentId(value));
    }
}
