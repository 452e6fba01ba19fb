using System.Collections.Concurrent;
using MediatR;

namespace Huiyin.BuildingBlocks.Tests.Outbox.Parcels;

/// <summary>Counts every delivery of every event, and their order, with no inbox in front: it sees what the dispatcher really did.</summary>
public sealed class DeliveryLog
{
    private readonly ConcurrentDictionary<Guid, int> _deliveries = new();
    private readonly ConcurrentQueue<Guid> _order = new();

    public void Record(Guid eventId)
    {
        _deliveries.AddOrUpdate(eventId, 1, (_, count) => count + 1);
        _order.Enqueue(eventId);
    }

    /// <summary>The events in the order they were delivered, an event once for each delivery.</summary>
    public IReadOnlyList<Guid> InOrder => [.. _order];

    public int DeliveriesOf(Guid eventId) => _deliveries.GetValueOrDefault(eventId);

    public IReadOnlyDictionary<Guid, int> All => _deliveries;
}

public sealed class DeliveryCounter(DeliveryLog log) : INotificationHandler<ParcelRegistered>
{
    public Task Handle(ParcelRegistered notification, CancellationToken cancellationToken)
    {
        log.Record(notification.Id);
        return Task.CompletedTask;
    }
}
