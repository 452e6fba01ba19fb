using System.Net;
using System.Net.Http.Json;
using Huiyin.Organization.Contracts;
using Huiyin.TestKit;

namespace Huiyin.Facilities.Tests;

[Collection(FacilitiesCollection.Name)]
public sealed class BrowseTests(FacilitiesApp app) : HuiyinTest(app)
{
    [Fact]
    public async Task Sites_list_by_name_and_a_site_shows_its_buildings_by_code()
    {
        var agent = await App.SignedInAsAsync(StaffRole.Agent);
        var manager = await App.SignedInAsAsync(StaffRole.Manager);
        var building = await FacilitiesApi.BuildingAsync(App, site: "锦绣园", code: "3");
        await FacilitiesApi.CreatedAsync(manager, "buildings", new { siteId = building.Text("siteId"), code = "1", name = "1栋" });
        await FacilitiesApi.BuildingAsync(App, site: "翠苑");

        var sites = await (await agent.GetAsync("/api/v1/facilities/sites")).ShouldBeJsonAsync(HttpStatusCode.OK);
        var site = await (await agent.GetAsync($"/api/v1/facilities/sites/{building.Text("siteId")}")).ShouldBeJsonAsync(HttpStatusCode.OK);
        var buildings = await (await agent.GetAsync($"/api/v1/facilities/buildings?siteId={building.Text("siteId")}")).ShouldBeJsonAsync(HttpStatusCode.OK);

        Assert.Equal(["翠苑", "锦绣园"], sites.Items("items").Select(s => s.Text("name")));
        Assert.Equal("锦绣园", site.Text("name"));
        Assert.Equal(["1", "3"], site.Items("buildings").Select(b => b.Text("code")));
        Assert.Equal(["1栋", "3栋"], buildings.Items("items").Select(b => b.Text("name")));
        await (await agent.GetAsync($"/api/v1/facilities/sites/{Guid.NewGuid()}")).ShouldBeProblemAsync(HttpStatusCode.NotFound);
        await (await agent.GetAsync("/api/v1/facilities/buildings")).ShouldBeValidationProblemForAsync("siteId");
        await (await agent.GetAsync($"/api/v1/facilities/buildings?siteId={Guid.NewGuid()}")).ShouldBeValidationProblemForAsync("siteId");
    }

    [Fact]
    public async Task A_building_counts_its_units_and_vacant_units_floor_by_floor_top_first()
    {
        var agent = await App.SignedInAsAsync(StaffRole.Agent);
        var manager = await App.SignedInAsAsync(StaffRole.Manager);
        var building = await FacilitiesApi.BuildingAsync(App);
        await FacilitiesApi.CreateUnitAsync(manager, building, "301", floor: 3);
        await FacilitiesApi.CreateUnitAsync(manager, building, "302", floor: 3);
        var occupied = await (await FacilitiesApi.CreateUnitAsync(manager, building, "1501")).ShouldBeJsonAsync(HttpStatusCode.Created);
        await FacilitiesApi.MoveInAsync(agent, occupied, await FacilitiesApi.CustomerAsync(App));

        var found = await (await agent.GetAsync($"/api/v1/facilities/buildings/{building.Id()}")).ShouldBeJsonAsync(HttpStatusCode.OK);

        Assert.Equal("翠苑", found.Text("siteName"));
        Assert.Equal([(15, 1, 0), (3, 2, 2)], found.Items("floorSummaries")
            .Select(f => (f.GetProperty("floor").GetInt32(), f.GetProperty("units").GetInt32(), f.GetProperty("vacant").GetInt32())));
        await (await agent.GetAsync($"/api/v1/facilities/buildings/{Guid.NewGuid()}")).ShouldBeProblemAsync(HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task A_floor_grid_shows_each_unit_vacant_or_held_by_whom_and_the_equipment_down_serving_it()
    {
        var agent = await App.SignedInAsAsync(StaffRole.Agent);
        var manager = await App.SignedInAsAsync(StaffRole.Manager);
        var technician = await App.SignedInAsAsync(StaffRole.Technician);
        var building = await FacilitiesApi.BuildingAsync(App);
        var held = await FacilitiesApi.UnitAsync(App, building, "1502");
        var vacant = await FacilitiesApi.UnitAsync(App, building, "1501");
        (await FacilitiesApi.CreateUnitAsync(manager, building, "1601", floor: 16)).EnsureSuccessStatusCode();
        await FacilitiesApi.MoveInAsync(agent, held, await FacilitiesApi.CustomerAsync(App, "李秀英"), role: "Occupant");
        await FacilitiesApi.MoveInAsync(agent, held, await FacilitiesApi.CustomerAsync(App, "王建国"));
        var pump = await FacilitiesApi.CreatedAsync(manager, "equipment", new { name = "1502 增压泵", type = "Pump", locationId = held.Id() });
        var gate = await FacilitiesApi.CreatedAsync(manager, "equipment", new { name = "东门道闸", type = "Gate", locationId = building.Text("siteId") });
        foreach (var down in new[] { pump, gate })
        {
            (await technician.PostAsJsonAsync($"/api/v1/facilities/equipment/{down.Id()}/status", new { status = "Down", reason = "故障" })).EnsureSuccessStatusCode();
        }

        var grid = (await (await agent.GetAsync($"/api/v1/facilities/buildings/{building.Id()}/floors/15/units")).ShouldBeJsonAsync(HttpStatusCode.OK))
            .Items("items");

        Assert.Equal(["3-2-1501", "3-2-1502"], grid.Select(u => u.Text("fullNumber")));
        Assert.True(grid[0].GetProperty("vacant").GetBoolean());
        Assert.Empty(grid[0].Items("occupants"));
        Assert.Equal(["东门道闸"], grid[0].Items("equipmentDown").Select(e => e.Text("name")));
        Assert.False(grid[1].GetProperty("vacant").GetBoolean());
        Assert.Equal([("王建国", "Owner"), ("李秀英", "Occupant")], grid[1].Items("occupants").Select(o => (o.Text("name"), o.Text("role"))));
        Assert.Equal(["1502 增压泵", "东门道闸"], grid[1].Items("equipmentDown").Select(e => e.Text("name")));
        Assert.Equal(vacant.Id(), grid[0].Id());
        await (await agent.GetAsync($"/api/v1/facilities/buildings/{building.Id()}/floors/999/units")).ShouldBeValidationProblemForAsync("floor");
        await (await agent.GetAsync($"/api/v1/facilities/buildings/{Guid.NewGuid()}/floors/15/units")).ShouldBeProblemAsync(HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task Public_areas_list_by_site_or_building()
    {
        var agent = await App.SignedInAsAsync(StaffRole.Agent);
        var manager = await App.SignedInAsAsync(StaffRole.Manager);
        var building = await FacilitiesApi.BuildingAsync(App);
        var siteId = building.Text("siteId");
        await FacilitiesApi.CreatedAsync(manager, "areas", new { siteId, kind = "Garden", name = "中心花园" });
        await FacilitiesApi.CreatedAsync(manager, "areas", new { siteId, kind = "Lobby", name = "3栋大堂", buildingId = building.Id() });

        var ofSite = await (await agent.GetAsync($"/api/v1/facilities/areas?siteId={siteId}")).ShouldBeJsonAsync(HttpStatusCode.OK);
        var ofBuilding = await (await agent.GetAsync($"/api/v1/facilities/areas?buildingId={building.Id()}")).ShouldBeJsonAsync(HttpStatusCode.OK);

        Assert.Equal(["3栋大堂", "中心花园"], ofSite.Items("items").Select(a => a.Text("name")));
        Assert.Equal([("3栋大堂", "Lobby")], ofBuilding.Items("items").Select(a => (a.Text("name"), a.Text("kind"))));
        await (await agent.GetAsync("/api/v1/facilities/areas")).ShouldBeValidationProblemForAsync("siteId");
    }
}
