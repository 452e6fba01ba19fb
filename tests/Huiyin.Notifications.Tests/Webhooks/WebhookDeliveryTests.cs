using System.Net;
using System.Text.Json;
using Huiyin.Callbacks.Contracts;
using Huiyin.Organization.Contracts;
using Huiyin.TestKit;
using Huiyin.Tickets.Contracts;

namespace Huiyin.Notifications.Tests.Webhooks;

[Collection(NotificationsCollection.Name)]
public sealed class WebhookDeliveryTests(NotificationsApp app) : WebhookTest(app)
{
    [Fact]
    public async Task A_subscribed_event_is_posted_signed_with_the_standard_webhooks_payload()
    {
        var (_, secret) = await SubscribeAsync("ticket.closed");
        var closed = new TicketClosed(Guid.NewGuid(), "staff:1", DateTimeOffset.UtcNow);

        await RaiseAsync(closed);
        await RaiseAsync(new TicketReopened(Guid.NewGuid(), "not subscribed", "staff:1", DateTimeOffset.UtcNow));
        Assert.Equal(1, await DispatchAsync());

        var received = Assert.Single(Receiver.Received);
        Assert.True(IndependentVerifier.Verifies(secret, received));
        Assert.Equal($"msg_{closed.Id:N}", received.Id);
        Assert.InRange(long.Parse(received.Timestamp), DateTimeOffset.UtcNow.AddMinutes(-1).ToUnixTimeSeconds(), DateTimeOffset.UtcNow.ToUnixTimeSeconds());
        var body = JsonDocument.Parse(received.Body).RootElement;
        Assert.Equal("ticket.closed", body.GetProperty("type").GetString());
        Assert.Equal(closed.TicketId, body.GetProperty("data").GetProperty("ticketId").GetGuid());
        Assert.Equal("Succeeded", await App.ScalarAsync<string>("SELECT status FROM notifications.webhook_deliveries"));
    }

    [Fact]
    public async Task A_completed_callback_is_posted_with_its_satisfaction_and_the_people_it_concerns()
    {
        await SubscribeAsync("callback.completed");
        var (customer, rated, caller) = (Guid.NewGuid(), Guid.NewGuid(), Guid.NewGuid());
        var completed = new CallbackCompleted(Guid.NewGuid(), "TicketResolved", "Reached", 5, "师傅很专业", "Ticket", Guid.NewGuid(), customer,
            rated, caller, Guid.NewGuid(), null, null, DateTimeOffset.UtcNow.AddHours(3), true, "staff:1", DateTimeOffset.UtcNow);

        await RaiseAsync(completed);
        Assert.Equal(1, await DispatchAsync());

        var body = JsonDocument.Parse(Assert.Single(Receiver.Received).Body).RootElement;
        Assert.Equal("callback.completed", body.GetProperty("type").GetString());
        var data = body.GetProperty("data");
        Assert.Equal((completed.CallbackId, 5, customer, rated, caller),
            (data.GetProperty("callbackId").GetGuid(), data.GetProperty("satisfaction").GetInt32(), data.GetProperty("customerId").GetGuid(),
                data.GetProperty("ratedStaffId").GetGuid(), data.GetProperty("calledById").GetGuid()));
    }

    [Fact]
    public async Task The_same_event_handed_over_twice_is_delivered_once()
    {
        await SubscribeAsync("ticket.closed");
        var closed = new TicketClosed(Guid.NewGuid(), "staff:1", DateTimeOffset.UtcNow);

        await RaiseAsync(closed);
        await RaiseAsync(closed);
        await DispatchAsync();

        Assert.Single(Receiver.Received);
        Assert.Equal(1L, await App.ScalarAsync<long>("SELECT count(*) FROM notifications.webhook_deliveries"));
    }

    [Fact]
    public async Task An_event_no_endpoint_subscribes_to_leaves_no_trace()
    {
        await SubscribeAsync("ticket.closed");

        await RaiseAsync(new TicketReopened(Guid.NewGuid(), "not subscribed", "staff:1", DateTimeOffset.UtcNow));

        Assert.Equal(0L, await App.ScalarAsync<long>("SELECT count(*) FROM notifications.inbox_messages WHERE handler LIKE '%QueueWebhookDeliveries%'"));
        Assert.Equal(0L, await App.ScalarAsync<long>("SELECT count(*) FROM notifications.webhook_deliveries"));
    }

    [Fact]
    public async Task Failures_are_retried_on_schedule_with_the_same_webhook_id_and_logged()
    {
        var (id, _) = await SubscribeAsync("ticket.closed");
        Receiver.AnswerNext(500, "database down");
        Receiver.AnswerNext(503, "still down");
        await RaiseAsync(new TicketClosed(Guid.NewGuid(), "staff:1", DateTimeOffset.UtcNow));

        Assert.Equal(1, await DispatchAsync());
        App.Clock.Advance(TimeSpan.FromSeconds(3));
        Assert.Equal(0, await DispatchAsync());
        App.Clock.Advance(TimeSpan.FromSeconds(3));
        Assert.Equal(1, await DispatchAsync());
        App.Clock.Advance(TimeSpan.FromMinutes(4));
        Assert.Equal(0, await DispatchAsync());
        App.Clock.Advance(TimeSpan.FromMinutes(1.1));
        Assert.Equal(1, await DispatchAsync());

        Assert.Equal(3, Receiver.Received.Select(r => r.Id).Count());
        Assert.Single(Receiver.Received.Select(r => r.Id).Distinct());
        var log = await DeliveriesAsync(id);
        var delivery = Assert.Single(log.GetProperty("items").EnumerateArray());
        Assert.Equal("Succeeded", delivery.GetProperty("status").GetString());
        var attempts = delivery.GetProperty("attempts").EnumerateArray().ToList();
        Assert.Equal([500, 503, 200], attempts.Select(a => a.GetProperty("statusCode").GetInt32()));
        Assert.Equal("database down", attempts[0].GetProperty("responseExcerpt").GetString());
    }

    [Fact]
    public async Task A_retry_after_longer_than_the_schedule_is_honoured()
    {
        await SubscribeAsync("ticket.closed");
        Receiver.AnswerNext(429, retryAfter: "120");
        await RaiseAsync(new TicketClosed(Guid.NewGuid(), "staff:1", DateTimeOffset.UtcNow));
        await DispatchAsync();

        App.Clock.Advance(TimeSpan.FromSeconds(60));
        Assert.Equal(0, await DispatchAsync());
        App.Clock.Advance(TimeSpan.FromSeconds(61));
        Assert.Equal(1, await DispatchAsync());
    }

    [Fact]
    public async Task A_due_retry_is_picked_up_by_another_host_on_the_same_database()
    {
        var (_, secret) = await SubscribeAsync("ticket.closed");
        Receiver.AnswerNext(502);
        await RaiseAsync(new TicketClosed(Guid.NewGuid(), "staff:1", DateTimeOffset.UtcNow));
        await DispatchAsync();

        await using var restarted = App.WithWebHostBuilder(_ => { });
        App.Clock.Advance(TimeSpan.FromSeconds(6));
        Assert.Equal(1, await DispatchAsync(restarted.Services));

        Assert.Equal(2, Receiver.Received.Count);
        Assert.True(IndependentVerifier.Verifies(secret, Receiver.Received.Last()));
        Assert.Equal("Succeeded", await App.ScalarAsync<string>("SELECT status FROM notifications.webhook_deliveries"));
    }

    [Fact]
    public async Task A_410_gone_disables_the_endpoint_and_stops_its_deliveries()
    {
        var (id, _) = await SubscribeAsync("ticket.closed");
        Receiver.AnswerNext(410);
        await RaiseAsync(new TicketClosed(Guid.NewGuid(), "staff:1", DateTimeOffset.UtcNow));
        await DispatchAsync();
        await RaiseAsync(new TicketClosed(Guid.NewGuid(), "staff:1", DateTimeOffset.UtcNow));
        App.Clock.Advance(TimeSpan.FromHours(1));

        Assert.Equal(0, await DispatchAsync());
        var endpoint = await (await (await App.SignedInAsAsync(StaffRole.Admin)).GetAsync($"/api/v1/webhooks/{id}")).ShouldBeJsonAsync(HttpStatusCode.OK);
        Assert.False(endpoint.GetProperty("enabled").GetBoolean());
        Assert.Equal("Gone", endpoint.GetProperty("disabledReason").GetString());
        Assert.Equal(1L, await App.ScalarAsync<long>(
            "SELECT count(*) FROM notifications.outbox_messages WHERE type LIKE '%WebhookEndpointDisabled'"));
    }

    [Fact]
    public async Task An_endpoint_disabled_by_a_410_reaches_the_admins_mailbox_through_the_outbox()
    {
        await App.ProvisionWithEmailAsync("admin-li", StaffRole.Admin, "li@estate.test");
        await App.ProvisionWithEmailAsync("agent-he", StaffRole.Agent, "he@estate.test");
        await SubscribeAsync("ticket.closed");
        Receiver.AnswerNext(410);
        await RaiseAsync(new TicketClosed(Guid.NewGuid(), "staff:1", DateTimeOffset.UtcNow));

        await DispatchAsync();
        await App.DeliverAsync();

        var mail = await MimeKit.MimeMessage.LoadAsync(Assert.Single(await App.Mail.ReceivedAsync()));
        Assert.Equal("li@estate.test", mail.To.Mailboxes.Single().Address);
        Assert.Equal($"【回音】Webhook 端点已停用（Gone）：{Receiver.Url}", mail.Subject);
        Assert.Equal(0L, await App.ScalarAsync<long>("SELECT count(*) FROM notifications.outbox_messages WHERE processed_at IS NULL"));
    }

    [Fact]
    public async Task Five_days_of_failures_disable_the_endpoint_and_tell_the_admins()
    {
        var (id, _) = await SubscribeAsync("ticket.closed");
        for (var i = 0; i < 20; i++)
        {
            Receiver.AnswerNext(500);
        }

        await RaiseAsync(new TicketClosed(Guid.NewGuid(), "staff:1", DateTimeOffset.UtcNow));
        await DispatchAsync();
        App.Clock.Advance(TimeSpan.FromDays(4));
        await RaiseAsync(new TicketClosed(Guid.NewGuid(), "staff:1", DateTimeOffset.UtcNow));
        await DispatchAsync();
        App.Clock.Advance(TimeSpan.FromDays(1.01));
        await RaiseAsync(new TicketClosed(Guid.NewGuid(), "staff:1", DateTimeOffset.UtcNow));
        await DispatchAsync();

        var endpoint = await (await (await App.SignedInAsAsync(StaffRole.Admin)).GetAsync($"/api/v1/webhooks/{id}")).ShouldBeJsonAsync(HttpStatusCode.OK);
        Assert.False(endpoint.GetProperty("enabled").GetBoolean());
        Assert.Equal("FailingTooLong", endpoint.GetProperty("disabledReason").GetString());
        Assert.Equal(1L, await App.ScalarAsync<long>(
            "SELECT count(*) FROM notifications.outbox_messages WHERE type LIKE '%WebhookEndpointDisabled'"));
    }

    [Fact]
    public async Task After_a_rotation_both_secrets_sign_for_24_hours_then_only_the_new_one()
    {
        var (id, oldSecret) = await SubscribeAsync("ticket.closed");
        var admin = await App.SignedInAsAsync(StaffRole.Admin);
        var rotated = await (await admin.PostAsync($"/api/v1/webhooks/{id}/rotate-secret", null)).ShouldBeJsonAsync(HttpStatusCode.OK);
        var newSecret = rotated.GetProperty("secret").GetString()!;

        await RaiseAsync(new TicketClosed(Guid.NewGuid(), "staff:1", DateTimeOffset.UtcNow));
        await DispatchAsync();
        App.Clock.Advance(TimeSpan.FromHours(24.1));
        await RaiseAsync(new TicketClosed(Guid.NewGuid(), "staff:1", DateTimeOffset.UtcNow));
        await DispatchAsync();

        var (during, after) = (Receiver.Received.First(), Receiver.Received.Last());
        Assert.NotEqual(oldSecret, newSecret);
        Assert.Equal(2, during.Signature.Split(' ').Length);
        Assert.True(IndependentVerifier.Verifies(newSecret, during) && IndependentVerifier.Verifies(oldSecret, during));
        Assert.Single(after.Signature.Split(' '));
        Assert.True(IndependentVerifier.Verifies(newSecret, after));
        Assert.False(IndependentVerifier.Verifies(oldSecret, after));
    }

    [Fact]
    public async Task A_delivery_can_be_sent_again_by_hand_with_the_same_webhook_id()
    {
        var (id, _) = await SubscribeAsync("ticket.closed");
        await RaiseAsync(new TicketClosed(Guid.NewGuid(), "staff:1", DateTimeOffset.UtcNow));
        await DispatchAsync();
        var deliveryId = (await DeliveriesAsync(id)).GetProperty("items")[0].GetProperty("id").GetGuid();
        var admin = await App.SignedInAsAsync(StaffRole.Admin);

        var response = await admin.PostAsync($"/api/v1/webhooks/{id}/deliveries/{deliveryId}/redeliver", null);
        await DispatchAsync();

        Assert.Equal(HttpStatusCode.NoContent, response.StatusCode);
        Assert.Equal(2, Receiver.Received.Count);
        Assert.Single(Receiver.Received.Select(r => r.Id).Distinct());
        await (await admin.PostAsync($"/api/v1/webhooks/{id}/deliveries/{Guid.NewGuid()}/redeliver", null)).ShouldBeProblemAsync(HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task Without_the_setting_the_dispatcher_refuses_a_target_that_resolves_to_a_private_address()
    {
        var (id, _) = await SubscribeAsync("ticket.closed");
        await RaiseAsync(new TicketClosed(Guid.NewGuid(), "staff:1", DateTimeOffset.UtcNow));
        await using var strict = App.WithWebHostBuilder(builder => builder.UseSetting("Webhooks:AllowPrivateTargets", "false"));

        Assert.Equal(1, await DispatchAsync(strict.Services));

        Assert.Empty(Receiver.Received);
        var attempt = (await DeliveriesAsync(id)).GetProperty("items")[0].GetProperty("attempts")[0];
        Assert.Equal(JsonValueKind.Null, attempt.GetProperty("statusCode").ValueKind);
        Assert.Contains("no address a webhook may reach", attempt.GetProperty("error").GetString());
    }

    private async Task<JsonElement> DeliveriesAsync(Guid endpoint) =>
        await (await (await App.SignedInAsAsync(StaffRole.Admin)).GetAsync($"/api/v1/webhooks/{endpoint}/deliveries")).ShouldBeJsonAsync(HttpStatusCode.OK);
}
