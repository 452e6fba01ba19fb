using Huiyin.BuildingBlocks.Tests.Outbox.Parcels;
using Microsoft.Extensions.Time.Testing;

namespace Huiyin.BuildingBlocks.Tests.Outbox;

/// <summary>A test on the outbox database, emptied before it runs, with a clock and a log of deliveries of its own.</summary>
[Collection(OutboxCollection.Name)]
public abstract class OutboxTest(OutboxDatabase database) : IAsyncLifetime
{
    protected OutboxDatabase Database => database;

    protected FakeTimeProvider Clock { get; } = new(new DateTimeOffset(2026, 11, 23, 2, 0, 0, TimeSpan.Zero));

    protected DeliveryLog Log { get; } = new();

    public Task InitializeAsync() => database.ResetAsync();

    public Task DisposeAsync() => Task.CompletedTask;
}
