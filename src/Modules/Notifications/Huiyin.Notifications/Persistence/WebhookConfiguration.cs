using Huiyin.BuildingBlocks.Persistence;
using Huiyin.Notifications.Domain.Webhooks;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Huiyin.Notifications.Persistence;

internal sealed class WebhookEndpointConfiguration : IEntityTypeConfiguration<WebhookEndpoint>
{
    public void Configure(EntityTypeBuilder<WebhookEndpoint> builder)
    {
        builder.ToTable("webhook_endpoints");
        builder.HasKey(e => e.Id);
        builder.Property(e => e.Id).HasConversion(id => id.Value, value => new WebhookEndpointId(value)).ValueGeneratedNever();
        builder.Property(e => e.Owner).HasMaxLength(64);
        builder.HasIndex(e => e.Owner);
        builder.Property(e => e.Url).HasMaxLength(WebhookRules.MaxUrlLength);
        builder.Property(e => e.Description).HasMaxLength(WebhookRules.MaxDescriptionLength);
        builder.Property(e => e.DisabledReason).HasConversion<string>().HasMaxLength(32);
        builder.HasXminVersion(e => e.Version);
    }
}

internal sealed class WebhookDeliveryConfiguration : IEntityTypeConfiguration<WebhookDelivery>
{
    public void Configure(EntityTypeBuilder<WebhookDelivery> builder)
    {
        builder.ToTable("webhook_deliveries");
        builder.HasKey(d => d.Id);
        builder.Property(d => d.Id).HasConversion(id => id.Value, value => new WebhookDeliveryId(value)).ValueGeneratedNever();
        builder.Property(d => d.EndpointId).HasConversion(id => id.Value, value => new WebhookEndpointId(value));
        builder.HasOne<WebhookEndpoint>().WithMany().HasForeignKey(d => d.EndpointId).OnDelete(DeleteBehavior.Cascade);
        builder.Property(d => d.MessageId).HasMaxLength(40);
        builder.HasIndex(d => new { d.EndpointId, d.MessageId }).IsUnique();
        builder.Property(d => d.EventType).HasMaxLength(40);
        builder.Property(d => d.Status).HasConversion<string>().HasMaxLength(16);
        builder.HasIndex(d => d.NextAttemptAt).HasFilter("status = 'Pending'");
        builder.HasMany(d => d.Attempts).WithOne().HasForeignKey(a => a.DeliveryId).OnDelete(DeleteBehavior.Cascade);
        builder.Navigation(d => d.Attempts).HasField("_attempts");
    }
}

internal sealed class WebhookAttemptConfiguration : IEntityTypeConfiguration<WebhookAttempt>
{
    public void Configure(EntityTypeBuilder<WebhookAttempt> builder)
    {
        builder.ToTable("webhook_attempts");
        builder.HasKey(a => a.Id);
        builder.Property(a => a.Id).UseIdentityAlwaysColumn();
        builder.Property(a => a.DeliveryId).HasConversion(id => id.Value, value => new WebhookDeliveryId(value));
        builder.Property(a => a.ResponseExcerpt).HasMaxLength(WebhookAttempt.MaxExcerptLength);
        builder.Property(a => a.Error).HasMaxLength(WebhookAttempt.MaxExcerptLength);
    }
}
