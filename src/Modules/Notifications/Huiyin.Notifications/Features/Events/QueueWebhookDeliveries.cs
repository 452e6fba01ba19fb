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

    public QueueWebhookDeliveries(NotificationsDbContext db, TimeProvider clock)
        : base(db, clock) => _clock = clock;

    private static string Name => WebhookEvents.Names[typeof(TEvent)];

    protected override Task<bool> ConcernsAsync(TEvent integrationEvent, CancellationToken cancellationToken) =>
        WebhookSubscriptions.AnyFor(Db, Name, cancellationToken);

    protected override async Task HandleOnceAsync(TEvent integrationEvent, CancellationToken cancellationToken)
    {
        var name = Name;
        var endpoints = await Subscribed().Select(e => e.Id).ToListAsync(cancellationToken);
        if (endpoints.Count == 0)
        {
            return;
        }

        var body = JsonSerializer.Serialize(
            new { type = name, timestamp = integrationEvent.OccurredAt, data = integrationEvent }, IntegrationEventJson.Options);
        var now = _clock.GetUtcNow();
        Db.WebhookDeliveries.AddRange(endpoints.Select(endpoint => WebhookDelivery.Queue(endpoint, integrationEvent.Id, name, body, now)));
    }

    private IQueryable<WebhookEndpoint> Subscribed() => Db.WebhookEndpoints.AsNoTracking().Where(e => e.Enabled && e.Events.Contains(Name));
}

/// <summary>Whether any enabled endpoint subscribes to an event: asked for every event handed out, so compiled once.</summary>
internal static class WebhookSubscriptions
{
    public static readonly Func<NotificationsDbContext, string, CancellationToken, Task<bool>> AnyFor =
        EF.CompileAsyncQuery((NotificationsDbContext db, string name, CancellationToken _) =>
            db.WebhookEndpoints.Any(e => e.Enabled && e.Events.Contains(name)));
}
