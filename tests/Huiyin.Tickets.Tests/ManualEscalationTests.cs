using System.Net;
using System.Net.Http.Json;
using Huiyin.Organization.Contracts;
using Huiyin.TestKit;

namespace Huiyin.Tickets.Tests;

/// <summary>A ticket escalated by hand straight to a higher level, skipping the ones between, with its reason.</summary>
[Collection(TicketsCollection.Name)]
public sealed class ManualEscalationTests(TicketsApp app) : HuiyinTest(app)
{
    private TicketsApp Desk => (TicketsApp)App;

    [Fact]
    public async Task A_skip_level_escalation_reaches_the_executives_queue_and_the_timeline_with_its_reason()
    {
        var (agent, ticket) = await DeskDrill.TicketAsync(Desk);
        const string reason = "电梯困人，业主情绪激动，需公司领导出面";

        await (await agent.PostAsJsonAsync($"/api/v1/tickets/{ticket.Id()}/escalate", new { level = 3, reason })).ShouldBeJsonAsync(HttpStatusCode.OK);
        await Desk.DeliverEventsAsync();
        var again = await agent.PostAsJsonAsync($"/api/v1/tickets/{ticket.Id()}/escalate", new { level = 2, reason });

        await again.ShouldBeProblemAsync(HttpStatusCode.Conflict);
        var executives = await (await (await App.SignedInAsAsync(StaffRole.Executive)).GetAsync("/api/v1/sla/escalations")).ShouldBeJsonAsync(HttpStatusCode.OK);
        var supervisors = await (await (await App.SignedInAsAsync(StaffRole.Supervisor)).GetAsync("/api/v1/sla/escalations")).ShouldBeJsonAsync(HttpStatusCode.OK);
        var raised = Assert.Single(executives.GetProperty("items").EnumerateArray(), e => e.GetProperty("itemId").GetGuid() == ticket.Id());
        Assert.Equal(reason, raised.GetProperty("reason").GetString());
        Assert.Equal(3, raised.GetProperty("level").GetInt32());
        Assert.DoesNotContain(supervisors.GetProperty("items").EnumerateArray(), e => e.GetProperty("itemId").GetGuid() == ticket.Id());
        Assert.Contains(await DeskDrill.ClockLinesAsync(agent, ticket), line => line is ("Resolution.Escalated", 3, reason));
        Assert.Equal(3, (await TicketApi.GetAsync(agent, ticket)).Sla().GetProperty("escalationLevel").GetInt32());
    }

    [Fact]
    public async Task A_level_off_the_ladder_or_an_empty_reason_is_refused_naming_the_field()
    {
        var (agent, ticket) = await DeskDrill.TicketAsync(Desk);

        await (await agent.PostAsJsonAsync($"/api/v1/tickets/{ticket.Id()}/escalate", new { level = 4, reason = "紧急" })).ShouldBeValidationProblemForAsync("level");
        await (await agent.PostAsJsonAsync($"/api/v1/tickets/{ticket.Id()}/escalate", new { level = 2, reason = " " })).ShouldBeValidationProblemForAsync("reason");
        Assert.Equal(0, await Desk.CountAsync("SELECT count(*) FROM sla.escalations"));
    }
}
