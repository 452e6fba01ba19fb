using System.Text.Json;
using Huiyin.BuildingBlocks.Auditing;
using Huiyin.BuildingBlocks.Outbox;
using Microsoft.EntityFrameworkCore;

namespace Huiyin.BuildingBlocks.Persistence;

/// <summary>
/// The base of every module's DbContext: the module's own schema, its outbox and inbox tables, and
/// <see cref="Publish"/> to write an integration event in the same transaction as the change (the outbox table's
/// trigger wakes the dispatchers on commit, see <see cref="OutboxNotifyTrigger"/>).
/// </summary>
public abstract class ModuleDbContext : DbContext
{
    private Func<CancellationToken, Task>? _beforeNextSave;

    protected ModuleDbContext(DbContextOptions options)
        : base(options)
    {
        // Every save runs inside a unit of work's transaction, which is rolled back whole when a save fails; EF's
        // own savepoint around each save would only add round trips (SAVEPOINT and RELEASE) to every command.
        // Set here, the pool restores it on every lease.
        Database.AutoSavepointsEnabled = false;
    }

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

    /// <summary>Runs once, just before this context next writes; <c>null</c> cancels what was set.</summary>
    internal void BeforeNextSave(Func<CancellationToken, Task>? action) => _beforeNextSave = action;

    /// <summary>While an audited command runs, the journal its saves are recorded in.</summary>
    internal ChangeJournal? Journal { get; set; }

    public override async Task<int> SaveChangesAsync(bool acceptAllChangesOnSuccess, CancellationToken cancellationToken = default)
    {
        if (_beforeNextSave is { } beforeSave)
        {
            _beforeNextSave = null;
            await beforeSave(cancellationToken);
        }

        // Changes are detected once: left on, the audit stamps' and the journal's reading of the tracker and the save itself
        // would each compare every tracked row's values again (the stamps set their values through the tracker).
        var detectsChanges = ChangeTracker.AutoDetectChangesEnabled;
        if (detectsChanges)
        {
            ChangeTracker.DetectChanges();
            ChangeTracker.AutoDetectChangesEnabled = false;
        }

        try
        {
            Journal?.Capture(ChangeTracker);
            return await base.SaveChangesAsync(acceptAllChangesOnSuccess, cancellationToken);
        }
        finally
        {
            ChangeTracker.AutoDetectChangesEnabled = detectsChanges;
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
