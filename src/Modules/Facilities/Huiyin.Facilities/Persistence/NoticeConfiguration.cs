using Huiyin.BuildingBlocks.Persistence;
using Huiyin.Facilities.Domain;
using Huiyin.Facilities.Domain.Notices;
using Huiyin.Facilities.Domain.Outages;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Huiyin.Facilities.Persistence;

internal sealed class NoticeConfiguration : IEntityTypeConfiguration<Notice>
{
    public void Configure(EntityTypeBuilder<Notice> builder)
    {
        builder.ToTable("notices");
        builder.HasKey(n => n.Id);
        builder.Property(n => n.Id).HasConversion(id => id.Value, value => new NoticeId(value));
        builder.Property(n => n.Sequence).UseIdentityAlwaysColumn();
        builder.HasIndex(n => n.Sequence).IsUnique();
        builder.Property(n => n.Number).HasMaxLength(20);
        builder.HasIndex(n => n.Number).IsUnique();
        builder.Property(n => n.Kind).HasConversion<string>().HasMaxLength(16);
        builder.HasIndex(n => new { n.Kind, n.Sequence });
        builder.Property(n => n.Title).HasMaxLength(100);
        builder.Property(n => n.Body).HasMaxLength(2000);
        builder.Property(n => n.Channels).HasColumnType("jsonb")
            .HasConversion(JsonColumn<List<NoticeChannel>>.Converter, JsonColumn<List<NoticeChannel>>.Comparer);
        builder.Property(n => n.Text).HasColumnType("jsonb").HasConversion(JsonColumn<NoticeText>.Converter!, JsonColumn<NoticeText>.Comparer);
        builder.Property(n => n.OutageId).HasConversion(id => id!.Value.Value, value => new OutageId(value));
        builder.HasIndex(n => n.SiteIds).HasMethod("gin");
        builder.Property(n => n.CreatedBy).HasMaxLength(64);
        builder.Property(n => n.UpdatedBy).HasMaxLength(64);
        builder.Ignore(n => n.RelatedItem);
        builder.HasXminVersion(n => n.Version);
    }
}

internal sealed class NoticeDeliveryConfiguration : IEntityTypeConfiguration<NoticeDelivery>
{
    public void Configure(EntityTypeBuilder<NoticeDelivery> builder)
    {
        builder.ToTable("notice_deliveries");
        builder.HasKey(d => new { d.NoticeId, d.UnitId });
        builder.Property(d => d.NoticeId).HasConversion(id => id.Value, value => new NoticeId(value));
        builder.Property(d => d.UnitId).HasConversion(id => id.Value, value => new UnitId(value));
        builder.HasOne<Notice>().WithMany().HasForeignKey(d => d.NoticeId).OnDelete(DeleteBehavior.Cascade);
        builder.HasOne<Unit>().WithMany().HasForeignKey(d => d.UnitId).OnDelete(DeleteBehavior.Restrict);
        builder.Property(d => d.AcknowledgedBy).HasMaxLength(64);
        builder.HasIndex(d => d.UnitId);
    }
}

internal sealed class NoticeRecipientConfiguration : IEntityTypeConfiguration<NoticeRecipient>
{
    public void Configure(EntityTypeBuilder<NoticeRecipient> builder)
    {
        builder.ToTable("notice_recipients");
        builder.HasKey(r => new { r.NoticeId, r.CustomerId });
        builder.Property(r => r.NoticeId).HasConversion(id => id.Value, value => new NoticeId(value));
        builder.HasOne<Notice>().WithMany().HasForeignKey(r => r.NoticeId).OnDelete(DeleteBehavior.Cascade);
        builder.Property(r => r.Outcome).HasConversion<string>().HasMaxLength(16);
        builder.Property(r => r.MaskedPhone).HasMaxLength(20);
    }
}

internal sealed class NoticeYearCountConfiguration : IEntityTypeConfiguration<NoticeYearCount>
{
    public void Configure(EntityTypeBuilder<NoticeYearCount> builder)
    {
        builder.ToTable("notice_year_counts");
        builder.HasKey(c => c.Year);
        builder.Property(c => c.Year).ValueGeneratedNever();
    }
}
