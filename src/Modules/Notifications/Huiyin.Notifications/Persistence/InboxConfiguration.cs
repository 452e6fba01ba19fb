using System.Text.Json;
using Huiyin.Notifications.Domain.Inbox;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Huiyin.Notifications.Persistence;

internal sealed class InboxItemConfiguration : IEntityTypeConfiguration<InboxItem>
{
    public void Configure(EntityTypeBuilder<InboxItem> builder)
    {
        builder.ToTable("inbox_items");
        builder.HasKey(i => i.Id);
        builder.Property(i => i.Id).ValueGeneratedNever();
        builder.HasIndex(i => new { i.RecipientId, i.Sequence }).IsUnique();
        builder.HasIndex(i => new { i.RecipientId, i.EventId }).IsUnique();
        builder.HasIndex(i => i.RecipientId).HasFilter("read_at IS NULL").HasDatabaseName("ix_inbox_items_unread");
        builder.Property(i => i.Kind).HasConversion<string>().HasMaxLength(32);
        builder.Property(i => i.Code).HasMaxLength(64);
        // Written once and never changed, so no comparer beyond reference equality is needed.
        builder.Property(i => i.Args).HasColumnType("jsonb").HasConversion(
            args => JsonSerializer.Serialize(args, JsonSerializerOptions.Default),
            json => JsonSerializer.Deserialize<Dictionary<string, string>>(json, JsonSerializerOptions.Default) ?? new Dictionary<string, string>());
        builder.Property(i => i.LinkType).HasMaxLength(32);
    }
}

/// <summary>The last inbox sequence number given to each person (<see cref="InboxSequences"/>).</summary>
internal sealed class InboxSequence
{
    public Guid RecipientId { get; private set; }

    public long LastSequence { get; private set; }
}

internal sealed class InboxSequenceConfiguration : IEntityTypeConfiguration<InboxSequence>
{
    public void Configure(EntityTypeBuilder<InboxSequence> builder)
    {
        builder.ToTable("inbox_sequences");
        builder.HasKey(s => s.RecipientId);
    }
}
