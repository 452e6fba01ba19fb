using Huiyin.Facilities.Domain;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Huiyin.Facilities.Persistence;

internal sealed class SiteConfiguration : IEntityTypeConfiguration<Site>
{
    public void Configure(EntityTypeBuilder<Site> builder)
    {
        builder.ToTable("sites");
        builder.HasKey(s => s.Id);
        builder.Property(s => s.Id).HasConversion(id => id.Value, value => new SiteId(value));
        builder.Property(s => s.Name).HasMaxLength(100);
        builder.HasIndex(s => s.Name).IsUnique().HasDatabaseName(OneSitePerName);
        builder.Property(s => s.Address).HasMaxLength(200);
        builder.Property(s => s.CreatedBy).HasMaxLength(64);
        builder.Property(s => s.UpdatedBy).HasMaxLength(64);
    }

    public const string OneSitePerName = "ix_sites_name";
}

internal sealed class BuildingConfiguration : IEntityTypeConfiguration<Building>
{
    public const string OneCodePerSite = "ix_buildings_site_id_code";

    public void Configure(EntityTypeBuilder<Building> builder)
    {
        builder.ToTable("buildings");
        builder.HasKey(b => b.Id);
        builder.Property(b => b.Id).HasConversion(id => id.Value, value => new BuildingId(value));
        builder.Property(b => b.SiteId).HasConversion(id => id.Value, value => new SiteId(value));
        builder.HasOne<Site>().WithMany().HasForeignKey(b => b.SiteId).OnDelete(DeleteBehavior.Restrict);
        builder.Property(b => b.Code).HasMaxLength(10);
        builder.Property(b => b.Name).HasMaxLength(50);
        builder.HasIndex(b => new { b.SiteId, b.Code }).IsUnique().HasDatabaseName(OneCodePerSite);
        builder.Property(b => b.CreatedBy).HasMaxLength(64);
        builder.Property(b => b.UpdatedBy).HasMaxLength(64);
    }
}

internal sealed class PublicAreaConfiguration : IEntityTypeConfiguration<PublicArea>
{
    public void Configure(EntityTypeBuilder<PublicArea> builder)
    {
        builder.ToTable("areas");
        builder.HasKey(a => a.Id);
        builder.Property(a => a.Id).HasConversion(id => id.Value, value => new AreaId(value));
        builder.Property(a => a.SiteId).HasConversion(id => id.Value, value => new SiteId(value));
        builder.Property(a => a.BuildingId).HasConversion(id => id!.Value.Value, value => new BuildingId(value));
        builder.HasOne<Site>().WithMany().HasForeignKey(a => a.SiteId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<Building>().WithMany().HasForeignKey(a => a.BuildingId).OnDelete(DeleteBehavior.Restrict);
        builder.Property(a => a.Kind).HasConversion<string>().HasMaxLength(24);
        builder.Property(a => a.Name).HasMaxLength(100);
        builder.Property(a => a.CreatedBy).HasMaxLength(64);
        builder.Property(a => a.UpdatedBy).HasMaxLength(64);
    }
}
