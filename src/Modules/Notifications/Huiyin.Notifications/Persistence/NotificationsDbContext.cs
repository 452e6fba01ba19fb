using Huiyin.BuildingBlocks.Persistence;
using Huiyin.Notifications.Domain;
using Microsoft.EntityFrameworkCore;

namespace Huiyin.Notifications.Persistence;

internal sealed class NotificationsDbContext : ModuleDbContext
{
    public const string SchemaName = "notifications";

    /// <param name="options">The module's options (schema, naming, interceptors).</param>
    /// <param name="callerTransaction">When another module's transaction is open in this scope, this context joins it.</param>
    public NotificationsDbContext(DbContextOptions<NotificationsDbContext> options, CallerTransaction? callerTransaction = null)
        : base(options) =>
        callerTransaction?.Join(Database);

    public override string Schema => SchemaName;

    public DbSet<MessageTemplate> Templates => Set<MessageTemplate>();

    public DbSet<OutgoingMessage> Messages => Set<OutgoingMessage>();

    protected override void ConfigureModule(ModelBuilder modelBuilder) =>
        modelBuilder.ApplyConfigurationsFromAssembly(typeof(NotificationsDbContext).Assembly);
}
