using Huiyin.BuildingBlocks.Persistence;
using Huiyin.Notifications.Domain;
using Huiyin.Notifications.Domain.Webhooks;
using Microsoft.EntityFrameworkCore;

namespace Huiyin.Notifications.Persistence;

internal sealed class NotificationsDbContext(DbContextOptions<NotificationsDbContext> options) : ModuleDbContext(options)
{
    public const string SchemaName = "notifications";

    public override string Schema => SchemaName;

    public DbSet<MessageTemplate> Templates => Set<MessageTemplate>();

    public DbSet<OutgoingMessage> Messages => Set<OutgoingMessage>();

    public DbSet<WebhookEndpoint> WebhookEndpoints => Set<WebhookEndpoint>();

    public DbSet<WebhookDelivery> WebhookDeliveries => Set<WebhookDelivery>();

    protected override void ConfigureModule(ModelBuilder modelBuilder) =>
        modelBuilder.ApplyConfigurationsFromAssembly(typeof(NotificationsDbContext).Assembly);
}
