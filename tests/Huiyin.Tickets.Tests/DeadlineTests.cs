using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Huiyin.Organization.Contracts;
using Huiyin.TestKit;

namespace Huiyin.Tickets.Tests;

/// <summary>
/// Deadlines end to end through the host and the database, on a drill policy with windows in seconds (first contact
/// 10 s, resolution 20 s) and a shiftable clock: nothing sleeps.
/// </summary>
[Collection(TicketsCollection.Name)]
public sealed class DeadlineTests(TicketsApp app) : HuiyinTest(app)
{
    private TicketsApp Desk => (TicketsApp)App;

    [Fact]
    public async Task First_contact_within_the_window_is_met_and_nothing_is_breached()
    {
        var (agent, ticket) = await DrillTicketAsync();

        App.Clock.Advance(TimeSpan.FromSeconds(5));
        await (await TicketApi.ContactAsync(agent, ticket)).ShouldBeJsonAsync(HttpStatusCode.Created);
        App.Clock.Advance(TimeSpan.FromSeconds(10));
        await Desk.SweepAsync();

        var read = await TicketApi.GetAsync(await App.SignedInAsAsync(StaffRole.Agent), ticket);
        Assert.Equal("Contacted", read.Status());
        Assert.False(read.GetProperty("sla").GetProperty("firstContactBreached").GetBoolean());
        Assert.Contains(await ClockEventsAsync(agent, ticket), k => k == "FirstContact.Fulfilled");
    }

    [Fact]
    public async Task A_late_first_contact_is_breached_for_ever_and_escalated_to_the_supervisors_queue()
    {
        var (_, ticket) = await DrillTicketAsync();

        App.Clock.Advance(TimeSpan.FromSeconds(11));
        await Desk.SweepAsync();
        var supervisor = await App.SignedInAsAsync(StaffRole.Supervisor);
        var queue = await (await supervisor.GetAsync("/api/v1/sla/escalations")).ShouldBeJsonAsync(HttpStatusCode.OK);
        var agent = await App.SignedInAsAsync(StaffRole.Agent);
        await (await TicketApi.ContactAsync(agent, ticket)).ShouldBeJsonAsync(HttpStatusCode.Created);

        Assert.Contains(queue.GetProperty("items").EnumerateArray(), e => e.GetProperty("itemId").GetGuid() == ticket.Id());
        var read = await TicketApi.GetAsync(agent, ticket);
        Assert.True(read.GetProperty("sla").GetProperty("firstContactBreached").GetBoolean());
        Assert.Equal(1, read.GetProperty("sla").GetProperty("escalationLevel").GetInt32());
        var breached = await (await agent.GetAsync("/api/v1/tickets?breached=true")).ShouldBeJsonAsync(HttpStatusCode.OK);
        Assert.Equal([ticket.Id()], breached.GetProperty("items").EnumerateArray().Select(t => t.Id()));
        Assert.Contains(await ClockEventsAsync(agent, ticket), k => k == "FirstContact.Escalated");
    }

    [Fact]
    public async Task Pending_pauses_the_resolution_clock_and_resume_moves_its_due_time_by_the_pause()
    {
        var (agent, ticket) = await DrillTicketAsync();
        await TicketApi.ContactAsync(agent, ticket);
        var dueBefore = (await TicketApi.GetAsync(agent, ticket)).GetProperty("sla").GetProperty("resolutionDueAt").GetDateTimeOffset();

        var beforePending = App.Clock.GetUtcNow();
        await (await TicketApi.ActAsync(agent, ticket, "pend", new { reason = "等待配件到货" })).ShouldBeJsonAsync(HttpStatusCode.OK);
        App.Clock.Advance(TimeSpan.FromSeconds(60));
        await Desk.SweepAsync();
        agent = await App.SignedInAsAsync(StaffRole.Agent);
        var paused = await TicketApi.GetAsync(agent, ticket);
        var resumed = await (await TicketApi.ActAsync(agent, ticket, "resume")).ShouldBeJsonAsync(HttpStatusCode.OK);
        // The test clock runs on from real time: the pause is the minute skipped plus however long the steps took.
        var longestPause = App.Clock.GetUtcNow() - beforePending;

        Assert.Equal("Pending", paused.Status());
        Assert.True(paused.GetProperty("sla").GetProperty("resolutionPaused").GetBoolean());
        Assert.False(paused.GetProperty("sla").GetProperty("resolutionBreached").GetBoolean());
        Assert.Equal("Contacted", resumed.Status());
        Assert.InRange(resumed.GetProperty("sla").GetProperty("resolutionDueAt").GetDateTimeOffset() - dueBefore, TimeSpan.FromSeconds(60), longestPause);
    }

    [Fact]
    public async Task Reopening_restarts_resolution_and_cancelling_stops_every_clock()
    {
        var (agent, ticket) = await DrillTicketAsync();
        await TicketApi.ContactAsync(agent, ticket);
        await (await TicketApi.ActAsync(agent, ticket, "resolve", new { summary = "已疏通" })).ShouldBeJsonAsync(HttpStatusCode.OK);
        App.Clock.Advance(TimeSpan.FromMinutes(5));
        agent = await App.SignedInAsAsync(StaffRole.Agent);

        var beforeReopening = App.Clock.GetUtcNow();
        var reopened = await (await TicketApi.ActAsync(agent, ticket, "reopen", new { reason = "业主反映又堵了" })).ShouldBeJsonAsync(HttpStatusCode.OK);
        var afterReopening = App.Clock.GetUtcNow();
        var restartedDue = reopened.GetProperty("sla").GetProperty("resolutionDueAt").GetDateTimeOffset();
        var cancelled = await (await TicketApi.ActAsync(agent, ticket, "cancel", new { reason = "业主已自行联系厂家" })).ShouldBeJsonAsync(HttpStatusCode.OK);
        App.Clock.Advance(TimeSpan.FromMinutes(10));
        await Desk.SweepAsync();

        // A fresh 20-second window from the moment of reopening (the test clock runs on from real time).
        Assert.InRange(restartedDue, beforeReopening.AddSeconds(20), afterReopening.AddSeconds(20));
        Assert.Equal("Cancelled", cancelled.Status());
        Assert.Equal("业主已自行联系厂家", cancelled.GetProperty("cancelReason").GetString());
        Assert.Equal(0, await Desk.CountAsync($"SELECT count(*) FROM sla.clocks WHERE item_id = '{ticket.Id()}' AND status IN ('Running', 'Paused')"));
        Assert.Equal(0, await Desk.CountAsync($"SELECT count(*) FROM sla.clocks WHERE item_id = '{ticket.Id()}' AND breached_at IS NOT NULL"));
    }

    private async Task<(HttpClient Agent, JsonElement Ticket)> DrillTicketAsync()
    {
        var manager = await App.SignedInAsAsync(StaffRole.Manager);
        await (await manager.PostAsJsonAsync("/api/v1/sla/policies", new
        {
            name = "秒级演练", order = 0, match = new { workType = "Ticket", category = "Lift" }, firstContact = "PT10S", resolution = "PT20S",
        })).ShouldBeJsonAsync(HttpStatusCode.Created);
        var agent = await App.SignedInAsAsync(StaffRole.Agent);
        var ticket = await TicketApi.CreateAsync(agent, TicketApi.Repair(await Desk.CustomerAsync(), category: "Lift"));
        Assert.Equal("秒级演练", ticket.GetProperty("sla").GetProperty("policy").GetString());
        return (agent, ticket);
    }

    /// <summary>The timeline's clock lines as metric and event: <c>FirstContact.Fulfilled</c>.</summary>
    private static async Task<IReadOnlyList<string>> ClockEventsAsync(HttpClient client, JsonElement ticket)
    {
        var timeline = await (await client.GetAsync($"/api/v1/tickets/{ticket.Id()}/timeline")).ShouldBeJsonAsync(HttpStatusCode.OK);
        return timeline.GetProperty("items").EnumerateArray().Where(i => i.GetProperty("source").GetString() == "clock")
            .Select(i => $"{i.GetProperty("metric").GetString()}.{i.GetProperty("clockEvent").GetString()}").ToList();
    }
}
