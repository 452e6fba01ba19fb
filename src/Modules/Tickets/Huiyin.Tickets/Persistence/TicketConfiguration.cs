using System.Text.Json;
using Huiyin.BuildingBlocks.Persistence;
using Huiyin.Tickets.Contracts;
using Huiyin.Tickets.Domain;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.ChangeTracking;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Huiyin.Tickets.Persistence;

internal sealed class TicketConfiguration : IEntityTypeConfiguration<Ticket>
{
    public const string OneTicketPerOrigin = "ix_tickets_origin";

    public void Configure(EntityTypeBuilder<Ticket> builder)
    {
        builder.ToTable("tickets");
        builder.HasKey(t => t.Id);
        builder.Property(t => t.Id).HasConversion(id => id.Value, value => new TicketId(value));
        builder.Property(t => t.Number).HasMaxLength(20);
        builder.HasIndex(t => t.Number).IsUnique();
        foreach (var text in new[] { nameof(Ticket.Kind), nameof(Ticket.Channel), nameof(Ticket.Category), nameof(Ticket.RequestedPriority),
                     nameof(Ticket.Priority), nameof(Ticket.Complexity), nameof(Ticket.Status), nameof(Ticket.StatusBeforePending) })
        {
            builder.Property(text).HasConversion<string>().HasMaxLength(16);
        }

        builder.Property(t => t.CustomerName).HasMaxLength(100);
        builder.Property(t => t.CustomerPhone).HasMaxLength(20);
        builder.Property(t => t.UnitId).HasMaxLength(40);
        builder.Property(t => t.Location).HasMaxLength(200);
        builder.OwnsMany(t => t.Outages, outages => outages.ToJson());
        builder.Property(t => t.Origin).HasMaxLength(CreateInternalTicket.MaxOriginLength);
        builder.HasIndex(t => t.Origin).IsUnique().HasFilter("origin IS NOT NULL").HasDatabaseName(OneTicketPerOrigin);
        builder.Property(t => t.Description).HasMaxLength(4000);
        builder.Property(t => t.PendingReason).HasMaxLength(500);
        builder.Property(t => t.ResolutionSummary).HasMaxLength(2000);
        builder.Property(t => t.CancelReason).HasMaxLength(500);
        builder.Property(t => t.Fee).HasPrecision(10, 2);
        builder.OwnsOne(t => t.Deadlines, deadlines =>
        {
            deadlines.Property(d => d.PolicyName).HasMaxLength(100);
            deadlines.Property(d => d.Explanation).HasMaxLength(1000);
        });
        builder.Property(t => t.CreatedBy).HasMaxLength(64);
        builder.Property(t => t.UpdatedBy).HasMaxLength(64);
        builder.Ignore(t => t.IsOpen);
        builder.Ignore(t => t.ClockAttributes);
        builder.Property(t => t.TechnicianIds).Metadata.SetValueComparer(new GuidListComparer());
        builder.HasIndex(t => t.TechnicianIds).HasMethod("gin");
        builder.HasIndex(t => new { t.CustomerId, t.CreatedAt });
        builder.HasIndex(t => t.CustomerPhone);
        builder.HasIndex(t => t.CustomerName).HasOperators("text_pattern_ops");
        builder.HasIndex(t => new { t.Status, t.CreatedAt, t.Number });
        builder.HasIndex(t => new { t.CreatedAt, t.Number });
        builder.HasIndex(t => new { t.UpdatedAt, t.Number });
        builder.HasXminVersion(t => t.Version);
    }
}

internal sealed class TicketContactConfiguration : IEntityTypeConfiguration<TicketContact>
{
    public void Configure(EntityTypeBuilder<TicketContact> builder)
    {
        builder.ToTable("contacts");
        builder.HasKey(c => c.Id);
        builder.Property(c => c.TicketId).HasConversion(id => id.Value, value => new TicketId(value));
        builder.Property(c => c.Method).HasConversion<string>().HasMaxLength(16);
        builder.Property(c => c.Outcome).HasConversion<string>().HasMaxLength(16);
        builder.Property(c => c.Actor).HasMaxLength(64);
        builder.Property(c => c.HandlerName).HasMaxLength(100);
        builder.Property(c => c.Note).HasMaxLength(2000);
        builder.HasIndex(c => new { c.TicketId, c.At });
        builder.HasOne<Ticket>().WithMany().HasForeignKey(c => c.TicketId).OnDelete(DeleteBehavior.Restrict);
    }
}

internal sealed class TimelineEntryConfiguration : IEntityTypeConfiguration<TimelineEntry>
{
    public void Configure(EntityTypeBuilder<TimelineEntry> builder)
    {
        builder.ToTable("timeline_entries");
        builder.HasKey(e => e.Id);
        builder.Property(e => e.TicketId).HasConversion(id => id.Value, value => new TicketId(value));
        builder.Property(e => e.Kind).HasConversion<string>().HasMaxLength(24);
        builder.Property(e => e.FromStatus).HasConversion<string>().HasMaxLength(16);
        builder.Property(e => e.ToStatus).HasConversion<string>().HasMaxLength(16);
        builder.Property(e => e.Actor).HasMaxLength(64);
        builder.Property(e => e.ActorName).HasMaxLength(100);
        builder.Property(e => e.Detail).HasMaxLength(4000);
        builder.Property(e => e.Code).HasMaxLength(48);
        builder.Property(e => e.Args).HasColumnType("jsonb").HasDefaultValueSql("'{}'::jsonb").HasConversion(
            args => JsonSerializer.Serialize(args, (JsonSerializerOptions?)null),
            json => JsonSerializer.Deserialize<Dictionary<string, string>>(json, (JsonSerializerOptions?)null) ?? new Dictionary<string, string>(),
            new ValueComparer<Dictionary<string, string>>((a, b) => a!.SequenceEqual(b!), args => args.Count, args => new Dictionary<string, string>(args)));
        builder.HasIndex(e => new { e.TicketId, e.At });
        builder.HasOne<Ticket>().WithMany().HasForeignKey(e => e.TicketId).OnDelete(DeleteBehavior.Restrict);
    }
}

internal sealed class DailyNumberConfiguration : IEntityTypeConfiguration<DailyNumber>
{
    public void Configure(EntityTypeBuilder<DailyNumber> builder)
    {
        builder.ToTable("daily_numbers");
        builder.HasKey(d => d.Day);
    }
}
