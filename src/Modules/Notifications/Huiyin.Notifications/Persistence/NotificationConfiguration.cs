using System.Text.Json;
using Huiyin.BuildingBlocks.Persistence;
using Huiyin.Notifications.Domain;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Huiyin.Notifications.Persistence;

internal sealed class MessageTemplateConfiguration : IEntityTypeConfiguration<MessageTemplate>
{
    public void Configure(EntityTypeBuilder<MessageTemplate> builder)
    {
        builder.ToTable("message_templates");
        builder.HasKey(t => t.Key);
        builder.Property(t => t.Key).HasMaxLength(64);
        builder.Property(t => t.Name).HasMaxLength(100);
        builder.Property(t => t.Body).HasMaxLength(MessageTemplate.MaxBodyLength);
        builder.Property(t => t.CreatedBy).HasMaxLength(64);
        builder.Property(t => t.UpdatedBy).HasMaxLength(64);
        builder.HasXminVersion(t => t.Version);
    }
}

internal sealed class OutgoingMessageConfiguration : IEntityTypeConfiguration<OutgoingMessage>
{
    public void Configure(EntityTypeBuilder<OutgoingMessage> builder)
    {
        builder.ToTable("outgoing_messages");
        builder.HasKey(m => m.Id);
        builder.Property(m => m.Id).HasConversion(id => id.Value, value => new MessageId(value)).ValueGeneratedNever();
        builder.Property(m => m.Sequence).UseIdentityAlwaysColumn();
        builder.HasIndex(m => m.Sequence).IsUnique();
        builder.Property(m => m.Channel).HasConversion<string>().HasMaxLength(16);
        builder.Property(m => m.Phone).HasMaxLength(20);
        builder.Property(m => m.EmailAddress).HasMaxLength(254);
        builder.Property(m => m.Subject).HasMaxLength(200);
        builder.Property(m => m.TemplateKey).HasMaxLength(64);
        builder.Property(m => m.RelatedItemType).HasMaxLength(32);
        builder.HasIndex(m => new { m.RelatedItemId, m.Sequence });
        builder.Property(m => m.Status).HasConversion<string>().HasMaxLength(16);
        // Written once and never changed, so no comparer beyond reference equality is needed.
        builder.Property(m => m.TemplateValues).HasColumnType("jsonb").HasConversion(
            values => JsonSerializer.Serialize(values, JsonSerializerOptions.Default),
            json => JsonSerializer.Deserialize<Dictionary<string, string>>(json, JsonSerializerOptions.Default) ?? new Dictionary<string, string>());
        builder.Property(m => m.ProviderReference).HasMaxLength(64);
        builder.Property(m => m.LastError).HasMaxLength(1000);
    }
}
