using Huiyin.BuildingBlocks.Outbox;
using Huiyin.BuildingBlocks.Persistence;

namespace Huiyin.Sla.Contracts;

/// <summary>
/// The base of a module's handler that flags its own item for ever when one of the item's clocks breached, so that its lists can
/// filter on it. Breaches of other kinds of item concern it not.
/// </summary>
public abstract class SlaBreachMirror<TContext>(TContext db, TimeProvider clock, SlaWorkType itemType) : IdempotentEventHandler<SlaBreached, TContext>(db, clock)
    where TContext : ModuleDbContext
{
    protected override Task<bool> ConcernsAsync(SlaBreached breached, CancellationToken cancellationToken) => Task.FromResult(breached.ItemType == itemType);

    protected override Task HandleOnceAsync(SlaBreached breached, CancellationToken cancellationToken) => MarkBreachedAsync(breached.ItemId, breached.Metric, cancellationToken);

    /// <summary>Flags the item, when it exists, as breached on <paramref name="metric"/>.</summary>
    protected abstract Task MarkBreachedAsync(Guid itemId, SlaMetric metric, CancellationToken cancellationToken);
}
