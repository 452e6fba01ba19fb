using Huiyin.BuildingBlocks.Persistence;
using Huiyin.Notifications.Domain;
using Huiyin.Notifications.Domain.Inbox;
using Huiyin.Notifications.Domain.Preferences;
using Huiyin.Notifications.Domain.Webhooks;
using Microsoft.AspNetCore.DataProtection.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore;

namespace Huiyin.Notifications.Persistence;

/// <remarks>It also holds the host's Data Protection key ring, which protects webhook secrets, so that every replica reads the same keys.</remarks>
internal sealed class NotificationsDbContext(DbContextOptions<NotificationsDbContext> options) : ModuleDbContext(options), IDataProtectionKeyContext
{
    public const string SchemaName = "notifications";

    public override string Schema => SchemaName;

    public DbSet<MessageTemplate> Templates => Set<MessageTemplate>();

    public DbSet<OutgoingMessage> Messages => Set<OutgoingMessage>();

    public DbSet<WebhookEndpoint> WebhookEndpoints => Set<WebhookEndpoint>();

    public DbSet<WebhookDelivery> WebhookDeliveries => Set<WebhookDelivery>();

    public DbSet<InboxItem> InboxItems => Set<InboxItem>();

    public DbSet<InboxSequence> InboxSequences => Set<InboxSequence>();

    public DbSet<NotificationPreference> Preferences => Set<NotificationPreference>();

    public DbSet<DataProtectionKey> DataProtectionKeys => Set<DataProtectionKey>();

    protected override void ConfigureModule(ModelBuilder modelBuilder) =>
        modelBuilder.ApplyConfigurationsFromAssembly(typeof(NotificationsDbContext).Assembly);
}
