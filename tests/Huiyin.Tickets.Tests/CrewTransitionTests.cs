using System.Net;
using Huiyin.Organization.Contracts;
using Huiyin.TestKit;

namespace Huiyin.Tickets.Tests;

/// <summary>The technicians a ticket is dispatched to start, pend and resolve it themselves, under the crew rule of /me/jobs.</summary>
[Collection(TicketsCollection.Name)]
public sealed class CrewTransitionTests(TicketsApp app) : HuiyinTest(app)
{
    private TicketsApp Desk => (TicketsApp)App;

    [Fact]
    public async Task The_crew_starts_pends_and_resolves_its_own_ticket()
    {
        var (ticket, technician) = await FieldApi.DispatchedJobAsync(Desk);
        var agent = await App.SignedInAsAsync(StaffRole.Agent);

        var started = await (await TicketApi.ActAsync(technician, ticket, "start")).ShouldBeJsonAsync(HttpStatusCode.OK);
        var pending = await (await TicketApi.ActAsync(technician, ticket, "pend", new { reason = "等配件" })).ShouldBeJsonAsync(HttpStatusCode.OK);
        await (await TicketApi.ActAsync(technician, ticket, "resume")).ShouldBeProblemAsync(HttpStatusCode.Forbidden);
        (await TicketApi.ActAsync(agent, ticket, "resume")).EnsureSuccessStatusCode();
        var resolved = await (await TicketApi.ActAsync(technician, ticket, "resolve", new { summary = "更换阀门" })).ShouldBeJsonAsync(HttpStatusCode.OK);

        Assert.Equal("InProgress", started.Status());
        Assert.Equal("Pending", pending.Status());
        Assert.Equal("Resolved", resolved.Status());
        await (await TicketApi.ActAsync(technician, ticket, "close")).ShouldBeProblemAsync(HttpStatusCode.Forbidden);
        Assert.Equal("Resolved", (await TicketApi.GetAsync(agent, ticket)).Status());
    }

    [Theory]
    [InlineData("start")]
    [InlineData("pend")]
    [InlineData("resolve")]
    public async Task Another_technician_is_refused_and_nothing_changes(string action)
    {
        var (ticket, _) = await FieldApi.DispatchedJobAsync(Desk);
        await App.ProvisionAsync("tech-wang", StaffRole.Technician);
        var stranger = await App.SignedInAsAsync("tech-wang");

        var refused = await TicketApi.ActAsync(stranger, ticket, action, new { reason = "不是我的活", summary = "不是我的活" });

        var problem = await refused.ShouldBeProblemAsync(HttpStatusCode.Forbidden);
        Assert.Contains(ticket.GetProperty("number").GetString()!, problem.GetProperty("detail").GetString());
        Assert.Equal("Assigned", (await TicketApi.GetAsync(await App.SignedInAsAsync(StaffRole.Agent), ticket)).Status());
    }

    [Theory]
    [InlineData("start", "InProgress")]
    [InlineData("pend", "Pending")]
    [InlineData("resolve", "Resolved")]
    public async Task An_agent_not_on_the_crew_still_may(string action, string status)
    {
        var (ticket, _) = await FieldApi.DispatchedJobAsync(Desk);
        var agent = await App.SignedInAsAsync(StaffRole.Agent);

        var changed = await (await TicketApi.ActAsync(agent, ticket, action, new { reason = "业主改约", summary = "电话指导业主处理" })).ShouldBeJsonAsync(HttpStatusCode.OK);

        Assert.Equal(status, changed.Status());
    }

    [Fact]
    public async Task Staff_with_neither_tickets_write_nor_field_work_are_refused_by_permission()
    {
        var (ticket, _) = await FieldApi.DispatchedJobAsync(Desk);
        var executive = await App.SignedInAsAsync(StaffRole.Executive);

        var problem = await (await TicketApi.ActAsync(executive, ticket, "start")).ShouldBeProblemAsync(HttpStatusCode.Forbidden);

        Assert.Contains("tickets:write", problem.GetProperty("detail").GetString());
    }
}
