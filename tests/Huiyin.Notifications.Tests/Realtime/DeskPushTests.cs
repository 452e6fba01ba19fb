using System.Net;
using System.Net.WebSockets;
using System.Text.Json;
using Huiyin.Organization.Contracts;
using Huiyin.Sla.Contracts;
using Huiyin.TestKit;
using Huiyin.Tickets.Contracts;

namespace Huiyin.Notifications.Tests.Realtime;

public sealed class DeskPushTests(RealtimeApp app) : IClassFixture<RealtimeApp>, IAsyncLifetime
{
    private static readonly TimeSpan Quiet = TimeSpan.FromSeconds(2);

    public Task InitializeAsync() => app.ResetAsync();

    public Task DisposeAsync() => Task.CompletedTask;

    [Fact]
    public async Task An_escalation_to_level_two_reaches_the_managers_screens_within_seconds_and_no_supervisors()
    {
        var manager = await app.SignedInAsAsync(StaffRole.Manager);
        var supervisor = await app.SignedInAsAsync(StaffRole.Supervisor);
        await using var managerScreen = await DeskClient.ConnectAsync(app.Address, RealtimeApp.TokenOf(manager));
        await using var supervisorScreen = await DeskClient.ConnectAsync(app.Address, RealtimeApp.TokenOf(supervisor));
        var ticketId = Guid.CreateVersion7();

        await app.RaiseAsync(Escalated(ticketId, level: 2));

        var push = await managerScreen.NextPushAsync(TimeSpan.FromSeconds(5));
        Assert.Equal(("Escalation", "inbox.escalated"), (push.GetProperty("kind").GetString(), push.GetProperty("code").GetString()));
        Assert.Equal("2", push.GetProperty("args").GetProperty("level").GetString());
        Assert.Equal("ticket", push.GetProperty("linkType").GetString());
        Assert.Equal(ticketId, push.GetProperty("linkId").GetGuid());
        Assert.True(push.GetProperty("urgent").GetBoolean());
        Assert.Equal(1, push.GetProperty("sequence").GetInt64());
        await Task.Delay(Quiet);
        Assert.False(supervisorScreen.HasPushes);
        Assert.Equal(0, (await InboxAsync(supervisor)).GetProperty("items").GetArrayLength());
    }

    [Fact]
    public async Task A_job_is_pushed_to_the_technician_dispatched_and_not_to_another()
    {
        var dispatched = await app.ProvisionAsync("tech-wang", StaffRole.Technician);
        await app.ProvisionAsync("tech-zhao", StaffRole.Technician);
        await using var wang = await DeskClient.ConnectAsync(app.Address, RealtimeApp.TokenOf(await app.SignedInAsAsync("tech-wang")));
        await using var zhao = await DeskClient.ConnectAsync(app.Address, RealtimeApp.TokenOf(await app.SignedInAsAsync("tech-zhao")));

        await app.RaiseAsync(new TicketAssigned(Guid.CreateVersion7(), [dispatched], "staff:test", DateTimeOffset.UtcNow));

        Assert.Equal("inbox.jobDispatched", (await wang.NextPushAsync()).GetProperty("code").GetString());
        await Task.Delay(Quiet);
        Assert.False(zhao.HasPushes);
    }

    [Fact]
    public async Task After_a_disconnect_the_inbox_gives_what_was_missed_in_order()
    {
        var technicianId = await app.ProvisionAsync("tech-sun", StaffRole.Technician);
        var technician = await app.SignedInAsAsync("tech-sun");
        var screen = await DeskClient.ConnectAsync(app.Address, RealtimeApp.TokenOf(technician));
        await app.RaiseAsync(Assigned(Guid.CreateVersion7(), technicianId));
        var seen = (await screen.NextPushAsync()).GetProperty("sequence").GetInt64();
        await screen.DisconnectAsync();
        await screen.DisposeAsync();

        var missed = new[] { Guid.CreateVersion7(), Guid.CreateVersion7() };
        foreach (var ticketId in missed)
        {
            await app.RaiseAsync(Assigned(ticketId, technicianId));
            await WaitForLinesAsync(technician, seen, ticketId);
        }

        var caughtUp = await InboxAsync(technician, $"?after={seen}");
        var lines = caughtUp.GetProperty("items").EnumerateArray().ToList();
        Assert.Equal([seen + 1, seen + 2], lines.Select(l => l.GetProperty("sequence").GetInt64()));
        Assert.Equal(missed, lines.Select(l => l.GetProperty("linkId").GetGuid()));
        Assert.Equal(3, caughtUp.GetProperty("unreadCount").GetInt32());
        Assert.False(caughtUp.GetProperty("hasMore").GetBoolean());
    }

    [Fact]
    public async Task The_hub_refuses_a_connection_without_a_token_and_the_api_takes_no_token_from_the_query()
    {
        var refused = await Assert.ThrowsAsync<WebSocketException>(() => DeskClient.ConnectAsync(app.Address, token: null));
        Assert.Contains("'401'", refused.Message, StringComparison.Ordinal);

        var token = RealtimeApp.TokenOf(await app.SignedInAsAsync(StaffRole.Agent));
        var anonymous = app.CreateClient();
        Assert.Equal(HttpStatusCode.Unauthorized, (await anonymous.PostAsync("/hubs/desk/negotiate?negotiateVersion=1", null)).StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, (await anonymous.GetAsync($"/api/v1/me/inbox?access_token={token}")).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await anonymous.PostAsync($"/hubs/desk/negotiate?negotiateVersion=1&access_token={token}", null)).StatusCode);
    }

    [Fact]
    public async Task A_push_raised_on_one_host_reaches_a_client_connected_to_another_through_redis()
    {
        // The replica dispatches no outbox, so whatever its client receives was pushed by the first host.
        await using var replica = app.StartReplica(new Dictionary<string, string?> { ["Outbox:DispatcherEnabled"] = "false" });
        var manager = await app.SignedInAsAsync(StaffRole.Manager);
        await using var screen = await DeskClient.ConnectAsync(replica.CreateClient().BaseAddress!, RealtimeApp.TokenOf(manager));

        await app.RaiseAsync(Escalated(Guid.CreateVersion7(), level: 2));

        Assert.Equal("inbox.escalated", (await screen.NextPushAsync(TimeSpan.FromSeconds(5))).GetProperty("code").GetString());
    }

    private static SlaEscalated Escalated(Guid ticketId, int level) =>
        new(Guid.CreateVersion7(), SlaWorkType.Ticket, ticketId, SlaMetric.Resolution, Guid.CreateVersion7(), level, DateTimeOffset.UtcNow, DateTimeOffset.UtcNow);

    private static TicketAssigned Assigned(Guid ticketId, Guid technicianId) => new(ticketId, [technicianId], "staff:test", DateTimeOffset.UtcNow);

    private static async Task<JsonElement> InboxAsync(HttpClient client, string query = "") =>
        await (await client.GetAsync("/api/v1/me/inbox" + query)).ShouldBeJsonAsync(HttpStatusCode.OK);

    private static async Task WaitForLinesAsync(HttpClient client, long after, Guid ticketId)
    {
        for (var tries = 0; tries < 100; tries++)
        {
            var lines = (await InboxAsync(client, $"?after={after}")).GetProperty("items").EnumerateArray();
            if (lines.Any(l => l.GetProperty("linkId").GetGuid() == ticketId))
            {
                return;
            }

            await Task.Delay(100);
        }

        throw new TimeoutException($"No inbox line for ticket {ticketId} within 10 s.");
    }
}
