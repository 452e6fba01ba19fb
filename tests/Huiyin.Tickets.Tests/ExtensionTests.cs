using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Huiyin.Organization.Contracts;
using Huiyin.TestKit;

namespace Huiyin.Tickets.Tests;

/// <summary>
/// Extensions by approval: only a Supervisor's approval moves the resolution clock (with a clock event carrying the reason);
/// a refusal leaves it alone; each request is decided once; a pause longer than the pend limit ends by itself.
/// </summary>
[Collection(TicketsCollection.Name)]
public sealed class ExtensionTests(TicketsApp app) : HuiyinTest(app)
{
    private const string Reason = "需更换电梯主板，厂家配件三天后到货";

    private TicketsApp Desk => (TicketsApp)App;

    [Fact]
    public async Task A_refused_extension_leaves_the_clock_alone_and_cannot_be_decided_again()
    {
        var (agent, ticket) = await DeskDrill.TicketAsync(Desk);
        var due = (await TicketApi.GetAsync(agent, ticket)).Sla().GetProperty("resolutionDueAt").GetDateTimeOffset();
        var extension = await RequestAsync(agent, ticket, due.AddDays(3));
        var supervisor = await App.SignedInAsAsync(StaffRole.Supervisor);

        var refused = await (await supervisor.PostAsJsonAsync($"{Path(ticket)}/{extension.Id()}/refuse", new { note = "请先加派人手" })).ShouldBeJsonAsync(HttpStatusCode.OK);
        var again = await supervisor.PostAsJsonAsync($"{Path(ticket)}/{extension.Id()}/approve", new { });

        Assert.Equal("Refused", refused.GetProperty("state").GetString());
        await again.ShouldBeProblemAsync(HttpStatusCode.Conflict);
        Assert.Equal(due, (await TicketApi.GetAsync(supervisor, ticket)).Sla().GetProperty("resolutionDueAt").GetDateTimeOffset());
        Assert.DoesNotContain(await DeskDrill.ClockLinesAsync(supervisor, ticket), line => line.Event == "Resolution.Extended");
    }

    [Fact]
    public async Task An_approved_extension_moves_the_resolution_clock_with_its_reason_and_keeps_the_reason_on_the_case()
    {
        var (agent, ticket) = await DeskDrill.TicketAsync(Desk);
        var newDue = WholeSeconds(ticket.Sla().GetProperty("resolutionDueAt").GetDateTimeOffset().AddDays(3));
        var extension = await RequestAsync(agent, ticket, newDue);
        var supervisor = await App.SignedInAsAsync(StaffRole.Supervisor);
        var queue = await (await supervisor.GetAsync("/api/v1/sla/extensions")).ShouldBeJsonAsync(HttpStatusCode.OK);

        await (await supervisor.PostAsJsonAsync($"{Path(ticket)}/{extension.Id()}/approve", new { note = "同意" })).ShouldBeJsonAsync(HttpStatusCode.OK);
        App.Clock.Advance(TimeSpan.FromSeconds(30));
        await Desk.SweepAsync();

        Assert.Contains(queue.GetProperty("items").EnumerateArray(), e => e.Id() == extension.Id());
        var read = await TicketApi.GetAsync(supervisor, ticket);
        Assert.Equal(newDue, read.Sla().GetProperty("resolutionDueAt").GetDateTimeOffset());
        Assert.False(read.Sla().GetProperty("resolutionBreached").GetBoolean());
        Assert.Contains(await DeskDrill.ClockLinesAsync(supervisor, ticket), line => line.Event == "Resolution.Extended" && line.Cause.Contains(Reason));
        var onTheCase = await (await supervisor.GetAsync(Path(ticket))).ShouldBeJsonAsync(HttpStatusCode.OK);
        Assert.Equal([("Approved", Reason)], onTheCase.GetProperty("items").EnumerateArray().Select(e => (e.GetProperty("state").GetString(), e.GetProperty("reason").GetString())));
        Assert.Equal(1, await Desk.CountAsync($"SELECT count(*) FROM sla.outbox_messages WHERE type LIKE '%DeadlineExtensionDecided' AND payload::jsonb->>'reason' = '{Reason}'"));
    }

    [Fact]
    public async Task Bad_requests_name_their_field_and_a_closed_case_or_an_agent_approving_is_refused()
    {
        var (agent, ticket) = await DeskDrill.TicketAsync(Desk);
        var due = ticket.Sla().GetProperty("resolutionDueAt").GetDateTimeOffset();

        await (await agent.PostAsJsonAsync(Path(ticket), new { reason = "", newDueAt = due.AddDays(1) })).ShouldBeValidationProblemForAsync("reason");
        await (await agent.PostAsJsonAsync(Path(ticket), new { reason = Reason, newDueAt = App.Clock.GetUtcNow().AddHours(-1) })).ShouldBeValidationProblemForAsync("newDueAt");
        await (await agent.PostAsJsonAsync(Path(ticket), new { reason = Reason, newDueAt = due.AddSeconds(-5) })).ShouldBeValidationProblemForAsync("newDueAt");
        var extension = await RequestAsync(agent, ticket, due.AddDays(1));
        await (await agent.PostAsJsonAsync($"{Path(ticket)}/{extension.Id()}/approve", new { })).ShouldBeProblemAsync(HttpStatusCode.Forbidden);
        await (await TicketApi.ActAsync(agent, ticket, "cancel", new { reason = "业主撤回报修" })).ShouldBeJsonAsync(HttpStatusCode.OK);
        await (await agent.PostAsJsonAsync(Path(ticket), new { reason = Reason, newDueAt = due.AddDays(2) })).ShouldBeProblemAsync(HttpStatusCode.Conflict);
        await (await (await App.SignedInAsAsync(StaffRole.Supervisor)).PostAsJsonAsync($"{Path(ticket)}/{extension.Id()}/approve", new { }))
            .ShouldBeProblemAsync(HttpStatusCode.Conflict);
        Assert.Equal(0, await Desk.CountAsync("SELECT count(*) FROM sla.clock_extensions WHERE state <> 'Requested'"));
    }

    [Fact]
    public async Task A_pause_past_the_pend_limit_ends_by_itself_and_the_ticket_still_resumes()
    {
        var (agent, ticket) = await DeskDrill.TicketAsync(Desk);
        await TicketApi.ContactAsync(agent, ticket);
        await (await TicketApi.ActAsync(agent, ticket, "pend", new { reason = "等待业主确认维修方案" })).ShouldBeJsonAsync(HttpStatusCode.OK);

        App.Clock.Advance(TimeSpan.FromHours(71));
        await Desk.SweepAsync();
        var stillPaused = await TicketApi.GetAsync(await App.SignedInAsAsync(StaffRole.Agent), ticket);
        App.Clock.Advance(TimeSpan.FromHours(2));
        await Desk.SweepAsync();
        agent = await App.SignedInAsAsync(StaffRole.Agent);
        var pastTheLimit = await TicketApi.GetAsync(agent, ticket);
        var resumed = await (await TicketApi.ActAsync(agent, ticket, "resume")).ShouldBeJsonAsync(HttpStatusCode.OK);

        Assert.True(stillPaused.Sla().GetProperty("resolutionPaused").GetBoolean());
        Assert.False(pastTheLimit.Sla().GetProperty("resolutionPaused").GetBoolean());
        Assert.True(pastTheLimit.Sla().GetProperty("resolutionBreached").GetBoolean());
        Assert.Equal("Contacted", resumed.Status());
        Assert.Contains(await DeskDrill.ClockLinesAsync(agent, ticket), line => line.Event == "Resolution.Resumed" && line.Cause.Contains("pend limit"));
    }

    [Fact]
    public async Task An_extension_approved_while_pending_keeps_the_deadline_off_the_pend_limit()
    {
        var (agent, ticket) = await DeskDrill.TicketAsync(Desk);
        await TicketApi.ContactAsync(agent, ticket);
        await (await TicketApi.ActAsync(agent, ticket, "pend", new { reason = "等待配件" })).ShouldBeJsonAsync(HttpStatusCode.OK);
        var newDue = WholeSeconds(App.Clock.GetUtcNow().AddDays(5));
        var extension = await RequestAsync(agent, ticket, newDue);
        await (await (await App.SignedInAsAsync(StaffRole.Supervisor)).PostAsJsonAsync($"{Path(ticket)}/{extension.Id()}/approve", new { }))
            .ShouldBeJsonAsync(HttpStatusCode.OK);

        App.Clock.Advance(TimeSpan.FromHours(80));
        await Desk.SweepAsync();
        agent = await App.SignedInAsAsync(StaffRole.Agent);
        var resumed = await (await TicketApi.ActAsync(agent, ticket, "resume")).ShouldBeJsonAsync(HttpStatusCode.OK);

        Assert.Equal(newDue, resumed.Sla().GetProperty("resolutionDueAt").GetDateTimeOffset());
        Assert.False(resumed.Sla().GetProperty("resolutionBreached").GetBoolean());
    }

    private static DateTimeOffset WholeSeconds(DateTimeOffset at) => DateTimeOffset.FromUnixTimeSeconds(at.ToUnixTimeSeconds());

    private static string Path(JsonElement ticket) => $"/api/v1/tickets/{ticket.Id()}/extensions";

    private static async Task<JsonElement> RequestAsync(HttpClient agent, JsonElement ticket, DateTimeOffset newDueAt) =>
        await (await agent.PostAsJsonAsync(Path(ticket), new { reason = Reason, newDueAt })).ShouldBeJsonAsync(HttpStatusCode.Created);
}
