using System.Text.Json;
using System.Text.Json.Serialization;
using Huiyin.BuildingBlocks.Persistence;
using Huiyin.Facilities.Domain;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.ChangeTracking;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Microsoft.EntityFrameworkCore.Storage.ValueConversion;

namespace Huiyin.Facilities.Persistence;

internal sealed class ChecklistConfiguration : IEntityTypeConfiguration<Checklist>
{
    public void Configure(EntityTypeBuilder<Checklist> builder)
    {
        builder.ToTable("checklists");
        builder.HasKey(c => c.Id);
        builder.Property(c => c.Id).HasConversion(id => id.Value, value => new ChecklistId(value));
        builder.Property(c => c.Name).HasMaxLength(100);
        builder.HasIndex(c => c.Name).IsUnique();
        builder.Property(c => c.Target).HasConversion<string>().HasMaxLength(16);
        builder.Property(c => c.Items).HasColumnType("jsonb").HasConversion(JsonColumn<List<ChecklistItem>>.Converter, JsonColumn<List<ChecklistItem>>.Comparer);
        builder.HasXminVersion(c => c.Version);
        builder.Property(c => c.CreatedBy).HasMaxLength(64);
        builder.Property(c => c.UpdatedBy).HasMaxLength(64);
    }
}

internal sealed class RoundConfiguration : IEntityTypeConfiguration<Round>
{
    public const string OneRoundPerPlaceAndDay = "ux_rounds_date_checklist_target";

    public void Configure(EntityTypeBuilder<Round> builder)
    {
        builder.ToTable("rounds");
        builder.HasKey(r => r.Id);
        builder.Property(r => r.Id).HasConversion(id => id.Value, value => new RoundId(value));
        builder.Property(r => r.ChecklistId).HasConversion(id => id.Value, value => new ChecklistId(value));
        builder.HasOne<Checklist>().WithMany().HasForeignKey(r => r.ChecklistId).OnDelete(DeleteBehavior.Restrict);
        builder.Property(r => r.ChecklistName).HasMaxLength(100);
        builder.Property(r => r.TargetKey).HasMaxLength(48);
        builder.HasIndex(r => new { r.Date, r.ChecklistId, r.TargetKey }).IsUnique().HasDatabaseName(OneRoundPerPlaceAndDay);
        builder.HasIndex(r => new { r.Date, r.TeamId });
        builder.OwnsOne(r => r.Place, place =>
        {
            place.Property(p => p.SiteId).HasConversion(id => id.Value, value => new SiteId(value)).HasColumnName("site_id");
            place.Property(p => p.BuildingId).HasConversion(id => id!.Value.Value, value => new BuildingId(value)).HasColumnName("building_id");
            place.Property(p => p.UnitId).HasConversion(id => id!.Value.Value, value => new UnitId(value)).HasColumnName("unit_id");
            place.Property(p => p.AreaId).HasConversion(id => id!.Value.Value, value => new AreaId(value)).HasColumnName("area_id");
            place.Property(p => p.Label).HasMaxLength(200).HasColumnName("place");
        });
        builder.Navigation(r => r.Place).IsRequired();
        builder.Property(r => r.Status).HasConversion<string>().HasMaxLength(16);
        builder.Property(r => r.CompletedBy).HasMaxLength(64);
        builder.Property(r => r.CreatedBy).HasMaxLength(64);
        builder.Property(r => r.UpdatedBy).HasMaxLength(64);
        builder.HasMany(r => r.Items).WithOne().HasForeignKey(i => i.RoundId).OnDelete(DeleteBehavior.Cascade);
        builder.Navigation(r => r.Items).AutoInclude();
        builder.HasXminVersion(r => r.Version);
    }
}

internal sealed class RoundItemConfiguration : IEntityTypeConfiguration<RoundItem>
{
    public void Configure(EntityTypeBuilder<RoundItem> builder)
    {
        builder.ToTable("round_items");
        builder.HasKey(i => new { i.RoundId, i.ItemId });
        builder.Property(i => i.RoundId).HasConversion(id => id.Value, value => new RoundId(value));
        builder.Property(i => i.Definition).HasColumnType("jsonb").HasConversion(JsonColumn<ChecklistItem>.Converter, JsonColumn<ChecklistItem>.Comparer);
        builder.Property(i => i.Result).HasConversion<string>().HasMaxLength(16);
        builder.Property(i => i.Note).HasMaxLength(1000);
        builder.Property(i => i.PhotoIds).Metadata.SetValueComparer(JsonColumn<List<Guid>>.Comparer);
        builder.Property(i => i.TicketNumber).HasMaxLength(20);
    }
}

internal sealed class RoundPhotoConfiguration : IEntityTypeConfiguration<RoundPhoto>
{
    public void Configure(EntityTypeBuilder<RoundPhoto> builder)
    {
        builder.ToTable("round_photos");
        builder.HasKey(p => p.Id);
        builder.Property(p => p.Id).ValueGeneratedNever();
        builder.Property(p => p.RoundId).HasConversion(id => id.Value, value => new RoundId(value));
        builder.HasOne<Round>().WithMany().HasForeignKey(p => p.RoundId).OnDelete(DeleteBehavior.Cascade);
        builder.Property(p => p.ClientPhotoId).HasMaxLength(100);
        builder.HasIndex(p => new { p.RoundId, p.ClientPhotoId }).IsUnique();
        builder.Property(p => p.ContentType).HasMaxLength(20);
        builder.Property(p => p.Sha256).HasMaxLength(64);
        builder.Property(p => p.UploadedBy).HasMaxLength(64);
    }
}

/// <summary>A value kept as one jsonb column, compared by its serialized form.</summary>
internal static class JsonColumn<T>
    where T : class
{
    private static readonly JsonSerializerOptions Options = new(JsonSerializerDefaults.Web) { Converters = { new JsonStringEnumConverter() } };

    public static ValueConverter<T, string> Converter { get; } =
        new(value => JsonSerializer.Serialize(value, Options), json => JsonSerializer.Deserialize<T>(json, Options)!);

    public static ValueComparer<T> Comparer { get; } = new(
        (a, b) => JsonSerializer.Serialize(a, Options) == JsonSerializer.Serialize(b, Options),
        value => JsonSerializer.Serialize(value, Options).GetHashCode(),
        value => JsonSerializer.Deserialize<T>(JsonSerializer.Serialize(value, Options), Options)!);
}
