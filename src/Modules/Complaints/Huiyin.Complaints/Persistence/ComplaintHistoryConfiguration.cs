using System.Text.Json;
using Huiyin.Complaints.Domain;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.ChangeTracking;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Huiyin.Complaints.Persistence;

internal sealed class ComplaintContactConfiguration : IEntityTypeConfiguration<ComplaintContact>
{
    public void Configure(EntityTypeBuilder<ComplaintContact> builder)
    {
        builder.ToTable("contacts");
        builder.HasKey(c => c.Id);
        builder.Property(c => c.ComplaintId).HasConversion(id => id.Value, value => new ComplaintId(value));
        builder.Property(c => c.Method).HasConversion<string>().HasMaxLength(16);
        builder.Property(c => c.Outcome).HasConversion<string>().HasMaxLength(16);
        builder.Property(c => c.Actor).HasMaxLength(64);
        builder.Property(c => c.HandlerName).HasMaxLength(100);
        builder.Property(c => c.Note).HasMaxLength(2000);
        builder.HasIndex(c => new { c.ComplaintId, c.At });
        builder.HasOne<Complaint>().WithMany().HasForeignKey(c => c.ComplaintId).OnDelete(DeleteBehavior.Cascade);
    }
}

internal sealed class ComplaintTimelineEntryConfiguration : IEntityTypeConfiguration<ComplaintTimelineEntry>
{
    public void Configure(EntityTypeBuilder<ComplaintTimelineEntry> builder)
    {
        builder.ToTable("timeline_entries");
        builder.HasKey(e => e.Id);
        builder.Property(e => e.ComplaintId).HasConversion(id => id.Value, value => new ComplaintId(value));
        builder.Property(e => e.Kind).HasConversion<string>().HasMaxLength(24);
        builder.Property(e => e.FromStatus).HasConversion<string>().HasMaxLength(24);
        builder.Property(e => e.ToStatus).HasConversion<string>().HasMaxLength(24);
        builder.Property(e => e.Actor).HasMaxLength(64);
        builder.Property(e => e.ActorName).HasMaxLength(100);
        builder.Property(e => e.Detail).HasMaxLength(4000);
        builder.Property(e => e.Code).HasMaxLength(48);
        builder.Property(e => e.Args).HasColumnType("jsonb").HasConversion(
            args => JsonSerializer.Serialize(args, JsonSerializerOptions.Default),
            json => JsonSerializer.Deserialize<Dictionary<string, string>>(json, JsonSerializerOptions.Default) ?? new Dictionary<string, string>(),
            new ValueComparer<Dictionary<string, string>>((a, b) => a!.SequenceEqual(b!), args => args.Count, args => new Dictionary<string, string>(args)));
        builder.HasIndex(e => new { e.ComplaintId, e.At });
        builder.HasOne<Complaint>().WithMany().HasForeignKey(e => e.ComplaintId).OnDelete(DeleteBehavior.Cascade);
    }
}
