using System.Text.Json;
using Huiyin.BuildingBlocks.Outbox;
using Microsoft.EntityFrameworkCore;

namespace Huiyin.BuildingBlocks.Persistence;

/// <summary>
/// The base of every module's DbContext: the module's own schema, its outbox and inbox tables, and
/// <see cref="Publish"/> to write an integration event in the same transaction as the change.
/// </summary>
public abstract class ModuleDbContext(DbContextOptions options) : DbContext(options)
{
    public const string OutboxChannel = "huiyin_outbox";

    public abstract string Schema { get; }

    public DbSet<OutboxMessage> OutboxMessages => Set<OutboxMessage>();

    public DbSet<InboxMessage> InboxMessages => Set<InboxMessage>();

    /// <summary>Queues an integration event; it is stored with the next save and dispatched after commit.</summary>
    public void Publish(IntegrationEvent integrationEvent)
    {
        var type = integrationEvent.GetType();
        OutboxMessages.Add(new OutboxMessage
        {
            Id = integrationEvent.Id,
            Type = type.FullName!,
            Payload = JsonSerializer.Serialize(integrationEvent, type, IntegrationEventJson.Options),
            OccurredAt = integrationEvent.OccurredAt,
            NextAttemptAt = integrationEvent.OccurredAt,
        });
    }

    public override async Task<int> SaveChangesAsync(bool acceptAllChangesOnSuccess, CancellationToken cancellationToken = default)
    {
        var publishes = ChangeTracker.Entries<OutboxMessage>().Any(e => e.State == EntityState.Added);
        if (!publishes)
        {
            return await base.SaveChangesAsync(acceptAllChangesOnSuccess, cancellationToken);
        }

        var ownTransaction = Database.CurrentTransaction is null ? await Database.BeginTransactionAsync(cancellationToken) : null;
        try
        {
            var saved = await base.SaveChangesAsync(acceptAllChangesOnSuccess, cancellationToken);
            // NOTIFY is transactional: dispatchers wake only once the rows are committed.
            await Database.ExecuteSqlAsync($"SELECT pg_notify({OutboxChannel}, {Schema})", cancellationToken);
            if (ownTransaction is not null)
            {
                await ownTransaction.CommitAsync(cancellationToken);
            }

            return saved;
        }
        finally
        {
            if (ownTransaction is not null)
            {
                await ownTransaction.DisposeAsync();
            }
        }
    }

    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
        modelBuilder.HasDefaultSchema(Schema);
        modelBuilder.ApplyConfiguration(new OutboxMessageConfiguration());
        modelBuilder.ApplyConfiguration(new InboxMessageConfiguration());
        ConfigureModule(modelBuilder);
    }

    protected abstract void ConfigureModule(ModelBuilder modelBuilder);
}
