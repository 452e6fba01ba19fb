using System.Collections.Concurrent;
using MediatR;

namespace Huiyin.BuildingBlocks.Tests.Outbox.Parcels;

/// <summary>Counts every delivery of every event, and their order, with no inbox in front: it sees what the dispatcher really did.</summary>
public sealed class DeliveryLog
{
    private readonly ConcurrentDictionary<Guid, int> _deliveries = new();
    private readonly ConcurrentQueue<Guid> _order = new();
    private readonly TaskCompletionSource _release = new(TaskCreationOptions.RunContinuationsAsynchronously);

    /// <summary>The label of a parcel whose delivery waits until <see cref="Release"/>, as a handler stuck on a slow call would.</summary>
    public string? HeldBack { get; set; }

    /// <summary>Whether each delivery takes a moment of random length, as real handlers do, so that deliveries side by side overtake each other.</summary>
    public bool Jitter { get; set; }

    public void Release() => _release.TrySetResult();

    public Task UntilReleasedAsync(string label) => label == HeldBack ? _release.Task : Task.CompletedTask;

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
    public async Task Handle(ParcelRegistered notification, CancellationToken cancellationToken)
    {
        await log.UntilReleasedAsync(notification.Label);
        if (log.Jitter)
        {
            await Task.Delay(Random.Shared.Next(0, 4), cancellationToken);
        }

        log.Record(notification.Id);
    }
}
