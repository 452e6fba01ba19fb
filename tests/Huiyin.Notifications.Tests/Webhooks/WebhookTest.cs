using System.Net;
using System.Net.Http.Json;
using Huiyin.BuildingBlocks.Outbox;
using Huiyin.Notifications.Features.Events;
using Huiyin.Notifications.Webhooks;
using Huiyin.Organization.Contracts;
using Huiyin.TestKit;
using Microsoft.Extensions.DependencyInjection;

namespace Huiyin.Notifications.Tests.Webhooks;

/// <summary>The base of webhook tests: a receiver on loopback, and the steps the background services would take, run when the test says.</summary>
public abstract class WebhookTest(NotificationsApp app) : NotificationsTest(app), IAsyncLifetime
{
    protected WebhookReceiver Receiver { get; private set; } = null!;

    async Task IAsyncLifetime.InitializeAsync()
    {
        await InitializeAsync();
        Receiver = await WebhookReceiver.StartAsync();
    }

    async Task IAsyncLifetime.DisposeAsync() => await Receiver.DisposeAsync();

    protected async Task<(Guid Id, string Secret)> SubscribeAsync(params string[] events)
    {
        var admin = await App.SignedInAsAsync(StaffRole.Admin);
        var created = await (await admin.PostAsJsonAsync("/api/v1/webhooks", new { url = Receiver.Url, events })).ShouldBeJsonAsync(HttpStatusCode.Created);
        return (created.GetProperty("id").GetGuid(), created.GetProperty("secret").GetString()!);
    }

    /// <summary>Hands the event to the webhook queueing handler, as the outbox dispatcher does after the publisher's commit.</summary>
    protected Task RaiseAsync<TEvent>(TEvent integrationEvent)
        where TEvent : IntegrationEvent =>
        App.HandleWithAsync<QueueWebhookDeliveries<TEvent>, TEvent>(integrationEvent);

    protected Task<int> DispatchAsync(IServiceProvider? host = null) =>
        (host ?? App.Services).GetRequiredService<WebhookDispatch>().DispatchDueAsync(CancellationToken.None);
}
