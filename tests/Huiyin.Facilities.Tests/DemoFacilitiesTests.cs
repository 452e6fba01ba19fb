using System.Net;
using Huiyin.BuildingBlocks.Modules;
using Huiyin.Facilities.Seeding;
using Huiyin.Organization.Contracts;
using Huiyin.TestKit;
using Microsoft.Extensions.DependencyInjection;

namespace Huiyin.Facilities.Tests;

/// <summary>A host of its own that seeds the demo data, as the local run does.</summary>
public sealed class DemoFacilitiesApp : HuiyinApp
{
    protected override IReadOnlyDictionary<string, string?> Settings =>
        new Dictionary<string, string?>(base.Settings) { ["Seed:Demo"] = "true", ["Hangfire:Enabled"] = "false" };
}

public sealed class DemoFacilitiesTests(DemoFacilitiesApp app) : IClassFixture<DemoFacilitiesApp>
{
    [Fact]
    public async Task The_demo_estate_has_two_sites_of_six_buildings_and_600_units_mostly_held_by_demo_customers_and_a_second_start_adds_nothing()
    {
        await using (var scope = app.Services.CreateAsyncScope())
        {
            await scope.ServiceProvider.GetServices<IStartupTask>().OfType<DemoFacilities>().Single().RunAsync(CancellationToken.None);
        }

        var agent = await app.SignedInAsAsync(StaffRole.Agent);
        var sites = (await (await agent.GetAsync("/api/v1/facilities/sites")).ShouldBeJsonAsync(HttpStatusCode.OK)).Items("items");
        var buildings = new List<Guid>();
        foreach (var site in sites)
        {
            buildings.AddRange((await (await agent.GetAsync($"/api/v1/facilities/sites/{site.Id()}")).ShouldBeJsonAsync(HttpStatusCode.OK)).Items("buildings").Select(b => b.Id()));
        }

        var floors = new List<(int Units, int Vacant)>();
        foreach (var building in buildings)
        {
            floors.AddRange((await (await agent.GetAsync($"/api/v1/facilities/buildings/{building}")).ShouldBeJsonAsync(HttpStatusCode.OK)).Items("floorSummaries")
                .Select(f => (f.GetProperty("units").GetInt32(), f.GetProperty("vacant").GetInt32())));
        }

        var grid = (await (await agent.GetAsync($"/api/v1/facilities/buildings/{buildings[0]}/floors/1/units")).ShouldBeJsonAsync(HttpStatusCode.OK)).Items("items");
        var expiring = (await (await agent.GetAsync("/api/v1/facilities/equipment?type=Lift&certificateExpiresWithinDays=30")).ShouldBeJsonAsync(HttpStatusCode.OK)).Items("items");
        var down = (await (await agent.GetAsync("/api/v1/facilities/equipment?status=Down")).ShouldBeJsonAsync(HttpStatusCode.OK)).Items("items");

        Assert.Equal(2, sites.Length);
        Assert.Equal(6, buildings.Count);
        Assert.Equal(600, floors.Sum(f => f.Units));
        Assert.InRange(floors.Sum(f => f.Vacant), 100, 150);
        Assert.Contains(grid, u => u.Items("occupants").Any(o => o.Text("name").Length > 0));
        Assert.Single(expiring);
        Assert.Equal("Pump", Assert.Single(down).Text("type"));
    }

    [Fact]
    public async Task The_demo_day_has_today_s_rounds_a_plan_on_a_lift_and_a_water_cut_under_way_over_two_floors()
    {
        await using (var scope = app.Services.CreateAsyncScope())
        {
            await scope.ServiceProvider.GetServices<IStartupTask>().OfType<DemoFacilities>().Single().RunAsync(CancellationToken.None);
        }

        var agent = await app.SignedInAsAsync(StaffRole.Agent);
        var rounds = (await (await agent.GetAsync("/api/v1/facilities/rounds")).ShouldBeJsonAsync(HttpStatusCode.OK)).EnumerateArray().ToArray();
        var plans = (await (await agent.GetAsync("/api/v1/facilities/maintenance-plans")).ShouldBeJsonAsync(HttpStatusCode.OK)).Items("items");
        var notices = (await (await agent.GetAsync("/api/v1/facilities/notices/active")).ShouldBeJsonAsync(HttpStatusCode.OK)).Items("items");

        Assert.Equal(["公共区域日巡", "空置房巡检"], rounds.Select(r => r.Text("checklist")).Distinct().Order());
        Assert.InRange(rounds.Count(r => r.Text("checklist") == "空置房巡检"), 100, 150);
        Assert.All(rounds, r => Assert.Equal("Open", r.Text("status")));
        var plan = Assert.Single(plans);
        Assert.Contains("1栋1单元电梯", plan.Text("place"));
        Assert.Equal("Monthly", plan.Text("recurrence"));
        var outage = Assert.Single(notices);
        Assert.Equal(("WaterCut", 8), (outage.Text("kind"), outage.GetProperty("affectedUnits").GetInt32()));
    }
}
