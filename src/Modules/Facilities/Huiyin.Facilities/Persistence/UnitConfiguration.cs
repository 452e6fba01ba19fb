using Huiyin.BuildingBlocks.Persistence;
using Huiyin.Facilities.Domain;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Huiyin.Facilities.Persistence;

internal sealed class UnitConfiguration : IEntityTypeConfiguration<Unit>
{
    public const string OneNumberPerBuilding = "ix_units_building_id_full_number";

    private const string BytewiseCollation = "C";

    public void Configure(EntityTypeBuilder<Unit> builder)
    {
        builder.ToTable("units");
        builder.HasKey(u => u.Id);
        builder.Property(u => u.Id).HasConversion(id => id.Value, value => new UnitId(value));
        builder.Property(u => u.SiteId).HasConversion(id => id.Value, value => new SiteId(value));
        builder.Property(u => u.BuildingId).HasConversion(id => id.Value, value => new BuildingId(value));
        builder.HasOne<Site>().WithMany().HasForeignKey(u => u.SiteId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<Building>().WithMany().HasForeignKey(u => u.BuildingId).OnDelete(DeleteBehavior.Restrict);
        builder.Property(u => u.Entrance).HasMaxLength(10);
        builder.Property(u => u.Number).HasMaxLength(20).UseCollation(BytewiseCollation);
        builder.Property(u => u.FullNumber).HasMaxLength(42).UseCollation(BytewiseCollation);
        builder.Property(u => u.Label).HasMaxLength(200).UseCollation(BytewiseCollation);
        builder.Property(u => u.AreaSquareMetres).HasPrecision(9, 2);
        builder.Property(u => u.CreatedBy).HasMaxLength(64);
        builder.Property(u => u.UpdatedBy).HasMaxLength(64);
        builder.HasIndex(u => new { u.BuildingId, u.FullNumber }).IsUnique().HasDatabaseName(OneNumberPerBuilding);

        // Bytewise ("C") columns let one plain btree serve both the search's prefix match (full_number LIKE '3-2-15%') and
        // its keyset order (docs/decisions/0012).
        builder.HasIndex(u => new { u.FullNumber, u.Label });
        builder.HasIndex(u => new { u.Number, u.FullNumber, u.Label });
        builder.HasMany(u => u.Occupancies).WithOne().HasForeignKey(o => o.UnitId).OnDelete(DeleteBehavior.Restrict);
        builder.Navigation(u => u.Occupancies).AutoInclude();
        builder.HasXminVersion(u => u.Version);
    }
}

internal sealed class OccupancyConfiguration : IEntityTypeConfiguration<Occupancy>
{
    public const string OneCurrentHoldingPerRole = "ix_occupancies_current";

    public void Configure(EntityTypeBuilder<Occupancy> builder)
    {
        builder.ToTable("occupancies");
        builder.HasKey(o => o.Id);
        builder.Property(o => o.Id).ValueGeneratedNever();
        builder.Property(o => o.UnitId).HasConversion(id => id.Value, value => new UnitId(value));
        builder.Property(o => o.Role).HasConversion<string>().HasMaxLength(16);
        builder.Property(o => o.MovedInRecordedBy).HasMaxLength(64);
        builder.Property(o => o.MovedOutRecordedBy).HasMaxLength(64);
        builder.Ignore(o => o.IsCurrent);
        builder.HasIndex(o => new { o.UnitId, o.CustomerId, o.Role }).IsUnique().HasFilter("moved_out_at IS NULL").HasDatabaseName(OneCurrentHoldingPerRole);
        builder.HasIndex(o => o.CustomerId);
    }
}
