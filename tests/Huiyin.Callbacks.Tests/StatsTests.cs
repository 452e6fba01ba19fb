using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Huiyin.Organization.Contracts;
using Huiyin.TestKit;

namespace Huiyin.Callbacks.Tests;

/// <summary>The figures: completion, on-time and satisfaction per staff member, team and month, a Supervisor seeing their team's.</summary>
[Collection(ApiCollection.Name)]
public sealed class StatsTests(HuiyinApp app) : HuiyinTest(app)
{
    private const string Stats = $"{CallbackApi.Route}/stats";

    [Fact]
    public async Task Each_staff_member_team_and_month_has_its_completion_on_time_rate_and_satisfaction()
    {
        App.SetNow(CallbackApi.Local(2027, 1, 8, 10));
        var admin = await App.SignedInAsAsync(StaffRole.Admin);
        var front = await CreatedAsync(admin, "/api/v1/teams", new { name = "前台" });
        var back = await CreatedAsync(admin, "/api/v1/teams", new { name = "客服二组" });
        var zhang = await StaffAsync(admin, "zhang.li", "张丽", "8101", StaffRole.Agent, front);
        var wang = await StaffAsync(admin, "wang.fang", "王芳", "8102", StaffRole.Agent, back);
        await StaffAsync(admin, "chen.jie", "陈洁", "8201", StaffRole.Supervisor, front);
        var manager = await App.SignedInAsAsync(StaffRole.Manager);
        var customer = await CallbackApi.CustomerAsync(App);
        var onTime = await BookAsync(manager, customer, zhang, CallbackApi.Local(2027, 1, 8, 11));
        var late = await BookAsync(manager, customer, zhang, CallbackApi.Local(2027, 1, 8, 16));
        await BookAsync(manager, customer, zhang, CallbackApi.Local(2027, 1, 12, 16));
        var unhappy = await BookAsync(manager, customer, wang, CallbackApi.Local(2027, 1, 8, 12));

        await ReachAsync("zhang.li", onTime, 5);
        await ReachAsync("wang.fang", unhappy, 2);
        App.SetNow(CallbackApi.Local(2027, 1, 8, 17));
        await ReachAsync("zhang.li", late, 4);
        manager = await App.SignedInAsAsync(StaffRole.Manager);

        var byStaff = await StatsAsync(manager, "groupBy=staff&from=2027-01-01&to=2027-01-31");
        var zhangs = Row(byStaff, zhang);
        Assert.Equal("8101 张丽", zhangs.GetProperty("label").GetString());
        Assert.Equal((3, 2, 2, 1), Counts(zhangs));
        Assert.Equal((1.0, 0.5, 4.5, 1.0), Rates(zhangs));
        Assert.Equal((1, 1, 1, 1), Counts(Row(byStaff, wang)));
        Assert.Equal((1.0, 1.0, 2.0, 0.0), Rates(Row(byStaff, wang)));
        Assert.Equal((4, 3, 3, 2), Counts(byStaff.GetProperty("total")));
        Assert.Equal(3.67, byStaff.GetProperty("total").GetProperty("averageSatisfaction").GetDouble());
        var byTeam = await StatsAsync(manager, "groupBy=team&from=2027-01-01&to=2027-01-31");
        Assert.Equal("前台", Row(byTeam, front).GetProperty("label").GetString());
        Assert.Equal((3, 2, 2, 1), Counts(Row(byTeam, front)));
        var byMonth = await StatsAsync(manager, "groupBy=month&from=2026-12-01&to=2027-01-31");
        Assert.Equal(["2027-01"], byMonth.GetProperty("rows").EnumerateArray().Select(r => r.GetProperty("key").GetString()));
        var supervisors = await StatsAsync(await App.SignedInAsAsync("chen.jie"), "groupBy=Staff&from=2027-01-01&to=2027-01-31");
        Assert.Equal([zhang.ToString()], supervisors.GetProperty("rows").EnumerateArray().Select(r => r.GetProperty("key").GetString()));
        Assert.Equal(3, supervisors.GetProperty("total").GetProperty("scheduled").GetInt32());
    }

    [Fact]
    public async Task The_figures_are_for_supervisors_and_up_and_a_backwards_range_or_unknown_grouping_is_a_400()
    {
        var manager = await App.SignedInAsAsync(StaffRole.Manager);

        var empty = await StatsAsync(manager, "");
        Assert.Empty(empty.GetProperty("rows").EnumerateArray());
        Assert.Equal(JsonValueKind.Null, empty.GetProperty("total").GetProperty("completionRate").ValueKind);
        Assert.Equal(HttpStatusCode.Forbidden, (await (await App.SignedInAsAsync(StaffRole.Agent)).GetAsync(Stats)).StatusCode);
        await (await manager.GetAsync($"{Stats}?from=2027-02-01&to=2027-01-01")).ShouldBeValidationProblemForAsync("to");
        await (await manager.GetAsync($"{Stats}?groupBy=Weekly")).ShouldBeValidationProblemForAsync("groupBy");
        await (await manager.GetAsync($"{Stats}?groupBy=7")).ShouldBeValidationProblemForAsync("groupBy");
    }

    private async Task ReachAsync(string username, Guid callback, int satisfaction) =>
        await (await CallbackApi.AttemptAsync(await App.SignedInAsAsync(username), callback, new { outcome = "Reached", satisfaction, comment = "已回访" }))
            .ShouldBeJsonAsync(HttpStatusCode.Created);

    private static async Task<JsonElement> StatsAsync(HttpClient caller, string query) =>
        await (await caller.GetAsync($"{Stats}?{query}")).ShouldBeJsonAsync(HttpStatusCode.OK);

    private static JsonElement Row(JsonElement stats, Guid key) =>
        Assert.Single(stats.GetProperty("rows").EnumerateArray(), r => r.GetProperty("key").GetString() == key.ToString());

    private static (int Scheduled, int Counted, int Completed, int OnTime) Counts(JsonElement row) =>
        (row.GetProperty("scheduled").GetInt32(), row.GetProperty("counted").GetInt32(), row.GetProperty("completed").GetInt32(), row.GetProperty("onTime").GetInt32());

    private static (double Completion, double OnTime, double Satisfaction, double Satisfied) Rates(JsonElement row) =>
        (row.GetProperty("completionRate").GetDouble(), row.GetProperty("onTimeRate").GetDouble(), row.GetProperty("averageSatisfaction").GetDouble(),
            row.GetProperty("satisfiedShare").GetDouble());

    private static async Task<Guid> CreatedAsync(HttpClient caller, string route, object body) =>
        (await (await caller.PostAsJsonAsync(route, body)).ShouldBeJsonAsync(HttpStatusCode.Created)).Id();

    private static Task<Guid> StaffAsync(HttpClient admin, string username, string displayName, string serviceNumber, StaffRole role, Guid teamId) =>
        CreatedAsync(admin, "/api/v1/staff", new { username, displayName, password = HuiyinApp.Password, roles = new[] { role.ToString() }, teamId, serviceNumber });

    private static Task<Guid> BookAsync(HttpClient manager, Guid customerId, Guid assigneeId, DateTimeOffset dueAt) =>
        CreatedAsync(manager, CallbackApi.Route, new { customerId, reason = "Requested", dueAt, assigneeId, note = "业主要求回复维修费用" });
}
