using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Huiyin.BuildingBlocks.Time;
using Huiyin.Facilities.Jobs;
using Huiyin.Organization.Contracts;
using Huiyin.TestKit;
using Huiyin.Tickets.Contracts;
using MediatR;
using Microsoft.Extensions.DependencyInjection;

namespace Huiyin.Facilities.Tests;

[Collection(FacilitiesCollection.Name)]
public sealed class MaintenanceTests(FacilitiesApp app) : HuiyinTest(app)
{
    private const string Plans = "/api/v1/facilities/maintenance-plans";

    private FacilitiesApp Facilities => (FacilitiesApp)App;

    [Fact]
    public async Task A_weekly_plan_opens_each_work_order_once_its_lead_days_before_the_working_day_a_holiday_moves_it_to()
    {
        var today = App.Services.GetRequiredService<DeskTime>().Today(App.Clock);
        var (plan, checklist) = await LiftPlanAsync(firstDueOn: today.AddDays(10), holiday: today.AddDays(10));

        var opened = new List<int>();
        for (var day = 0; day <= 11; day++)
        {
            await Facilities.SendAsync(new OpenMaintenanceWorkOrders());
            await Facilities.SendAsync(new OpenMaintenanceWorkOrders());
            opened.Add((await PlanAsync(plan)).Items("history").Length);
            App.Clock.Advance(TimeSpan.FromDays(1));
        }

        // Due on day 10, a holiday: worked on day 11, opened 7 days before, on day 4; the next, due on day 17, opened on day 10.
        Assert.Equal([0, 0, 0, 0, 1, 1, 1, 1, 1, 1, 2, 2], opened);
        var history = (await PlanAsync(plan)).Items("history");
        Assert.Equal([(today.AddDays(10), today.AddDays(11)), (today.AddDays(17), today.AddDays(17))],
            history.Select(o => (DateOnly.Parse(o.Text("dueOn")), DateOnly.Parse(o.Text("workingDueOn")))));
        var ticket = await (await (await App.SignedInAsAsync(StaffRole.Manager)).GetAsync($"/api/v1/tickets/{history[0].GetProperty("ticketId").GetGuid()}"))
            .ShouldBeJsonAsync(HttpStatusCode.OK);
        Assert.Equal(("ServiceRequest", "Internal", "Lift"), (ticket.Text("kind"), ticket.Text("channel"), ticket.Text("category")));
        Assert.Equal($"maintenance-plan:{plan}/{today.AddDays(10):yyyy-MM-dd}", ticket.Text("origin"));
        Assert.Contains(checklist, ticket.Text("description"), StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_history_says_whether_each_work_order_was_done_on_time_late_or_is_open()
    {
        var today = App.Services.GetRequiredService<DeskTime>().Today(App.Clock);
        var (plan, _) = await LiftPlanAsync(firstDueOn: today.AddDays(1), holiday: null, leadDays: 15);
        await Facilities.SendAsync(new OpenMaintenanceWorkOrders());
        var tickets = (await PlanAsync(plan)).Items("history").Select(o => o.GetProperty("ticketId").GetGuid()).ToList();

        await ResolvedAsync(tickets[0], DateTimeOffset.UtcNow);
        await ResolvedAsync(tickets[0], DateTimeOffset.UtcNow.AddDays(30));
        await ResolvedAsync(tickets[1], DateTimeOffset.UtcNow.AddDays(9));

        var history = (await PlanAsync(plan)).Items("history");
        Assert.Equal(["OnTime", "Late", "Open"], history.Select(o => o.Text("outcome")));
        Assert.Equal(today.ToString("yyyy-MM-dd"), history[0].Text("doneOn"));
    }

    [Theory]
    [InlineData("firstDueOn")]
    [InlineData("equipmentId")]
    [InlineData("calendarId")]
    [InlineData("locationId")]
    public async Task Bad_input_is_a_400_naming_the_field_and_agents_may_not_plan(string field)
    {
        var manager = await App.SignedInAsAsync(StaffRole.Manager);
        var building = await FacilitiesApi.BuildingAsync(App);
        object body = field switch
        {
            "firstDueOn" => new { name = "水泵保养", recurrence = "Monthly", firstDueOn = "2099-01-30", category = "Plumbing", locationId = building.Id() },
            "equipmentId" => new { name = "水泵保养", recurrence = "Monthly", firstDueOn = "2099-01-03", category = "Plumbing" },
            "calendarId" => new { name = "水泵保养", recurrence = "Weekly", firstDueOn = "2099-01-03", category = "Plumbing", locationId = building.Id(), calendarId = Guid.NewGuid() },
            _ => new { name = "水泵保养", recurrence = "Weekly", firstDueOn = "2099-01-03", category = "Plumbing", locationId = Guid.NewGuid() },
        };

        await (await manager.PostAsJsonAsync(Plans, body)).ShouldBeValidationProblemForAsync(field);
        var agent = await App.SignedInAsAsync(StaffRole.Agent);
        Assert.Equal(HttpStatusCode.Forbidden, (await agent.PostAsJsonAsync(Plans, new { name = "x", recurrence = "Weekly", firstDueOn = "2099-01-03", category = "Lift", locationId = building.Id() })).StatusCode);
        Assert.Empty((await (await agent.GetAsync(Plans)).ShouldBeJsonAsync(HttpStatusCode.OK)).Items("items"));
    }

    /// <summary>A weekly plan for a lift with a checklist, on a calendar where every day is worked but <paramref name="holiday"/>.</summary>
    private async Task<(Guid Plan, string Checklist)> LiftPlanAsync(DateOnly firstDueOn, DateOnly? holiday, int leadDays = 7)
    {
        var manager = await App.SignedInAsAsync(StaffRole.Manager);
        var building = await FacilitiesApi.BuildingAsync(App);
        var lift = await FacilitiesApi.CreatedAsync(manager, "equipment", new { name = "1号客梯", type = "Lift", locationId = building.Id() });
        const string checklist = "电梯周保养";
        var created = await FacilitiesApi.CreatedAsync(manager, "checklists", new { name = checklist, items = new[] { new { text = "曳引机", kind = "PassFail", category = "Lift" } } });
        var everyDay = Enum.GetNames<DayOfWeek>().Select(day => new { day, from = "00:00", to = "24:00" }).ToArray();
        var calendar = await (await manager.PostAsJsonAsync("/api/v1/sla/calendars",
            new { name = "全年无休", weeklyHours = everyDay, holidays = holiday is { } off ? new[] { off } : [] })).ShouldBeJsonAsync(HttpStatusCode.Created);
        var plan = await FacilitiesApi.CreatedAsync(manager, "maintenance-plans", new
        {
            name = "客梯周保养", equipmentId = lift.Id(), recurrence = "Weekly", firstDueOn, checklistId = created.Id(), category = "Lift", leadDays, calendarId = calendar.Id(),
        });
        Assert.Equal("FREQ=WEEKLY;INTERVAL=1", plan.Text("rule"));
        Assert.Equal("翠苑 3栋 1号客梯", plan.Text("place"));
        return (plan.Id(), checklist);
    }

    private async Task<JsonElement> PlanAsync(Guid plan) =>
        await (await (await App.SignedInAsAsync(StaffRole.Manager)).GetAsync($"{Plans}/{plan}")).ShouldBeJsonAsync(HttpStatusCode.OK);

    private async Task ResolvedAsync(Guid ticketId, DateTimeOffset at)
    {
        await using var scope = App.Services.CreateAsyncScope();
        await scope.ServiceProvider.GetRequiredService<IMediator>().Publish(new TicketResolved(ticketId, "T", Guid.Empty, [], "保养完成", "system", at));
    }
}
