using System.Net;
using System.Net.Http.Json;
using Huiyin.Organization.Contracts;
using Huiyin.TestKit;
using Huiyin.Tickets.Contracts;

namespace Huiyin.Callbacks.Tests;

[Collection(ApiCollection.Name)]
public sealed class WorkbenchTests(HuiyinApp app) : HuiyinTest(app)
{
    private static readonly DateTimeOffset FridayMorning = CallbackApi.Local(2027, 1, 8, 10);

    [Fact]
    public async Task Agents_see_their_own_callbacks_supervisors_their_teams_opening_with_S4s_outgoing_script_in_the_callers_name()
    {
        App.SetNow(FridayMorning);
        var admin = await App.SignedInAsAsync(StaffRole.Admin);
        var front = await TeamAsync(admin, "前台");
        var back = await TeamAsync(admin, "客服二组");
        var zhang = await StaffAsync(admin, "zhang.li", "张丽", "8101", StaffRole.Agent, front);
        var wang = await StaffAsync(admin, "wang.fang", "王芳", "8102", StaffRole.Agent, back);
        await StaffAsync(admin, "chen.jie", "陈洁", "8201", StaffRole.Supervisor, front);
        var manager = await App.SignedInAsAsync(StaffRole.Manager);
        var customer = await CallbackApi.CustomerAsync(App);
        var dueToday = CallbackApi.Local(2027, 1, 8, 16);
        var zhangs = await BookAsync(manager, customer, zhang, dueToday);
        var wangs = await BookAsync(manager, customer, wang, dueToday);
        await BookAsync(manager, customer, zhang, CallbackApi.Local(2027, 1, 12, 16));

        var agentToday = await CallbackApi.ListAsync(await App.SignedInAsAsync("zhang.li"), "due=today");
        var supervisorToday = await CallbackApi.ListAsync(await App.SignedInAsAsync("chen.jie"), "due=today");
        var managerToday = await CallbackApi.ListAsync(manager, "due=today");

        var mine = Assert.Single(agentToday);
        Assert.Equal(zhangs, mine.Id());
        var script = mine.GetProperty("script");
        Assert.Equal("张丽", script.Text("customerName"));
        Assert.Equal("13900139000", script.Text("customerPhone"));
        Assert.StartsWith("您好，我是", script.Text("greeting"));
        Assert.EndsWith("服务人员8101号张丽，请问是张丽业主吗？", script.Text("greeting"));
        Assert.DoesNotContain("XX", script.Text("greeting"));
        Assert.Equal("业主要求回复维修费用", script.Text("caseSummary"));
        Assert.Equal([zhangs], supervisorToday.Select(c => c.Id()));
        Assert.Equal([zhangs, wangs], managerToday.Select(c => c.Id()).Order());
    }

    [Fact]
    public async Task A_callback_past_its_due_time_is_overdue_and_a_later_one_upcoming()
    {
        App.SetNow(FridayMorning);
        var agent = await App.SignedInAsAsync(StaffRole.Agent);
        var customer = await CallbackApi.CustomerAsync(App);
        var soon = await CallbackApi.RequestedAsync(agent, customer, CallbackApi.Local(2027, 1, 8, 11));
        var later = await CallbackApi.RequestedAsync(agent, customer, CallbackApi.Local(2027, 1, 11, 11));

        App.SetNow(CallbackApi.Local(2027, 1, 8, 12));
        agent = await App.SignedInAsAsync(StaffRole.Agent);

        Assert.Equal([soon.Id()], (await CallbackApi.ListAsync(agent, "due=overdue")).Select(c => c.Id()));
        Assert.Equal([later.Id()], (await CallbackApi.ListAsync(agent, "due=upcoming")).Select(c => c.Id()));
        await (await agent.GetAsync($"{CallbackApi.Route}?due=yesterday")).ShouldBeValidationProblemForAsync("due");
        await (await agent.GetAsync($"{CallbackApi.Route}?due=2")).ShouldBeValidationProblemForAsync("due");
    }

    [Fact]
    public async Task A_cases_callbacks_are_listed_by_the_item_they_follow()
    {
        App.SetNow(FridayMorning);
        var agentId = await App.ProvisionAsync("test-agent", StaffRole.Agent);
        var first = new TicketResolved(Guid.NewGuid(), "T-20270108-0001", Guid.NewGuid(), [], "更换了厨房水龙头", "system", FridayMorning, agentId);
        var second = first with { Id = Guid.CreateVersion7(), TicketId = Guid.NewGuid(), Number = "T-20270108-0002" };
        await App.DeliverAsync(first);
        await App.DeliverAsync(second);
        var agent = await App.SignedInAsAsync("test-agent");
        await CallbackApi.RequestedAsync(agent, await CallbackApi.CustomerAsync(App), CallbackApi.Local(2027, 1, 8, 16));

        var ofFirst = Assert.Single(await CallbackApi.ListAsync(agent, $"itemId={first.TicketId}"));

        Assert.Equal("T-20270108-0001", ofFirst.Text("itemNumber"));
        Assert.Empty(await CallbackApi.ListAsync(agent, $"itemId={Guid.NewGuid()}"));
        Assert.Equal(3, (await CallbackApi.ListAsync(agent)).Length);
    }

    [Fact]
    public async Task Without_an_approved_outgoing_script_the_call_opens_with_the_built_in_greeting()
    {
        App.SetNow(FridayMorning);
        var admin = await App.SignedInAsAsync(StaffRole.Admin);
        await StaffAsync(admin, "li.na", "李娜", "8103", StaffRole.Agent, await TeamAsync(admin, "前台"));
        var manager = await App.SignedInAsAsync(StaffRole.Manager);
        var scripts = await (await manager.GetAsync("/api/v1/knowledge?search=外呼&kind=Script")).ShouldBeJsonAsync(HttpStatusCode.OK);
        foreach (var entry in scripts.GetProperty("items").EnumerateArray())
        {
            await (await manager.PostAsync($"/api/v1/knowledge/{entry.Id()}/retire", null)).ShouldBeJsonAsync(HttpStatusCode.OK);
        }

        var agent = await App.SignedInAsAsync("li.na");
        await CallbackApi.RequestedAsync(agent, await CallbackApi.CustomerAsync(App), CallbackApi.Local(2027, 1, 8, 16));

        var greeting = Assert.Single(await CallbackApi.ListAsync(agent, "due=today")).GetProperty("script").Text("greeting");
        Assert.StartsWith("您好，", greeting);
        Assert.EndsWith("，8103号李娜为您服务", greeting);
    }

    private static async Task<Guid> TeamAsync(HttpClient admin, string name) =>
        (await (await admin.PostAsJsonAsync("/api/v1/teams", new { name })).ShouldBeJsonAsync(HttpStatusCode.Created)).Id();

    private static async Task<Guid> StaffAsync(HttpClient admin, string username, string displayName, string serviceNumber, StaffRole role, Guid teamId) =>
        (await (await admin.PostAsJsonAsync("/api/v1/staff", new
        {
            username, displayName, password = HuiyinApp.Password, roles = new[] { role.ToString() }, teamId, serviceNumber,
        })).ShouldBeJsonAsync(HttpStatusCode.Created)).Id();

    private static async Task<Guid> BookAsync(HttpClient manager, Guid customerId, Guid assigneeId, DateTimeOffset dueAt) =>
        (await (await manager.PostAsJsonAsync(CallbackApi.Route, new { customerId, reason = "Requested", dueAt, assigneeId, note = "业主要求回复维修费用" }))
            .ShouldBeJsonAsync(HttpStatusCode.Created)).Id();
}
