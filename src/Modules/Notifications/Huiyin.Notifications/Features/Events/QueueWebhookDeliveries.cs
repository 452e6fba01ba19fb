using System.Text.Json;
using Huiyin.BuildingBlocks.Outbox;
using Huiyin.Notifications.Domain.Webhooks;
using Huiyin.Notifications.Persistence;
using Microsoft.EntityFrameworkCore;

namespace Huiyin.Notifications.Features.Events;

/// <summary>
/// Turns an integration event into a delivery for every enabled endpoint subscribed to it, in the transaction of the
/// event's inbox row: a second delivery of the event queues nothing more. The body is the Standard Webhooks payload
/// <c>{type, timestamp, data}</c>, with the event itself as the data. An event no endpoint subscribes to leaves no trace.
/// </summary>
internal sealed class QueueWebhookDeliveries<TEvent> : IdempotentEventHandler<TEvent, NotificationsDbContext>
    where TEvent : IntegrationEvent
{
    private readonly TimeProvider _clock;
    private List<WebhookEndpointId> _subscribedEndpoints = [];

    public QueueWebhookDeliveries(NotificationsDbContext db, TimeProvider clock)
        : base(db, clock) => _clock = clock;

    private static string Name => WebhookEvents.Names[typeof(TEvent)];

    /// <summary>The subscribed endpoints, read before the transaction: an event nobody subscribes to leaves no inbox row.</summary>
    protected override async Task<bool> ConcernsAsync(TEvent integrationEvent, CancellationToken cancellationToken)
    {
        _subscribedEndpoints = await WebhookSubscriptions.EndpointsFor(Db, Name).ToListAsync(cancellationToken);
        return _subscribedEndpoints.Count > 0;
    }

    protected override Task HandleOnceAsync(TEvent integrationEvent, CancellationToken cancellationToken)
    {
        var name = Name;
        var body = JsonSerializer.Serialize(
            new { type = name, timestamp = integrationEvent.OccurredAt, data = integrationEvent }, IntegrationEventJson.Options);
        var now = _clock.GetUtcNow();
        Db.WebhookDeliveries.AddRange(_subscribedEndpoints.Select(endpoint => WebhookDelivery.Queue(endpoint, integrationEvent.Id, name, body, now)));
        return Task.CompletedTask;
    }
}

/// <summary>The enabled endpoints subscribed to an event: asked for every event handed out, so compiled once.</summary>
internal static class WebhookSubscriptions
{
    public static readonly Func<NotificationsDbContext, string, IAsyncEnumerable<WebhookEndpointId>> EndpointsFor =
        EF.CompileAsyncQuery((NotificationsDbContext db, string name) =>
            db.WebhookEndpoints.Where(e => e.Enabled && e.Events.Contains(name)).Select(e => e.Id));
}
