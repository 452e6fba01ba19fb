using System.Net;
using System.Net.Http.Json;
using Huiyin.Organization.Contracts;
using Huiyin.TestKit;

namespace Huiyin.Facilities.Tests;

[Collection(FacilitiesCollection.Name)]
public sealed class TreeTests(FacilitiesApp app) : HuiyinTest(app)
{
    [Fact]
    public async Task A_unit_is_numbered_and_labelled_from_its_building_and_site_and_starts_vacant()
    {
        var building = await FacilitiesApi.BuildingAsync(App);

        var unit = await FacilitiesApi.UnitAsync(App, building);

        Assert.Equal("3-2-1502", unit.Text("fullNumber"));
        Assert.Equal("翠苑 3栋 2单元 1502", unit.Text("label"));
        Assert.Equal(building.Text("siteId"), unit.Text("siteId"));
        Assert.Equal(building.Id(), unit.GetProperty("buildingId").GetGuid());
        Assert.True(unit.GetProperty("vacant").GetBoolean());
        Assert.Equal(89.5m, unit.GetProperty("areaSquareMetres").GetDecimal());
        Assert.Empty(unit.Items("occupants"));
    }

    [Fact]
    public async Task A_number_is_unique_in_its_building_but_not_across_buildings()
    {
        var manager = await App.SignedInAsAsync(StaffRole.Manager);
        var building = await FacilitiesApi.BuildingAsync(App);
        var other = await FacilitiesApi.BuildingAsync(App, site: "锦绣园");
        await FacilitiesApi.UnitAsync(App, building);

        var again = await FacilitiesApi.CreateUnitAsync(manager, building, "1502");
        var elsewhere = await FacilitiesApi.CreateUnitAsync(manager, other, "1502");
        var otherEntrance = await FacilitiesApi.CreateUnitAsync(manager, building, "1502", entrance: "1");

        Assert.Equal("unit_number_taken", (await again.ShouldBeProblemAsync(HttpStatusCode.Conflict)).Text("code"));
        Assert.Equal("锦绣园 3栋 2单元 1502", (await elsewhere.ShouldBeJsonAsync(HttpStatusCode.Created)).Text("label"));
        Assert.Equal("3-1-1502", (await otherEntrance.ShouldBeJsonAsync(HttpStatusCode.Created)).Text("fullNumber"));
        var units = await (await manager.GetAsync($"{FacilitiesApi.Units}?buildingId={building.Id()}")).ShouldBeJsonAsync(HttpStatusCode.OK);
        Assert.Equal(2, units.Items("items").Length);
    }

    [Fact]
    public async Task Building_codes_are_unique_in_a_site_and_public_areas_belong_to_one_of_its_buildings()
    {
        var manager = await App.SignedInAsAsync(StaffRole.Manager);
        var building = await FacilitiesApi.BuildingAsync(App);
        var siteId = building.Text("siteId");
        var foreign = await FacilitiesApi.BuildingAsync(App, site: "锦绣园", code: "9");

        var twin = await manager.PostAsJsonAsync("/api/v1/facilities/buildings", new { siteId, code = "3", name = "三号楼" });
        var lobby = await FacilitiesApi.CreatedAsync(manager, "areas", new { siteId, buildingId = building.Id(), kind = "Lobby", name = "3栋大堂" });
        var misplaced = await manager.PostAsJsonAsync("/api/v1/facilities/areas", new { siteId, buildingId = foreign.Id(), kind = "Lobby", name = "大堂" });

        Assert.Equal("building_code_taken", (await twin.ShouldBeProblemAsync(HttpStatusCode.Conflict)).Text("code"));
        Assert.Equal("Lobby", lobby.Text("kind"));
        await misplaced.ShouldBeValidationProblemForAsync("buildingId");
    }

    [Theory]
    [InlineData("number", "15-02")]
    [InlineData("number", "")]
    [InlineData("entrance", "2-1")]
    [InlineData("floor", 500)]
    [InlineData("areaSquareMetres", -3)]
    [InlineData("buildingId", "00000000-0000-0000-0000-000000000000")]
    public async Task Bad_input_is_a_400_naming_the_field_and_saves_nothing(string field, object value)
    {
        var manager = await App.SignedInAsAsync(StaffRole.Manager);
        var building = await FacilitiesApi.BuildingAsync(App);
        var body = new Dictionary<string, object?> { ["buildingId"] = building.Id(), ["entrance"] = "2", ["floor"] = 15, ["number"] = "1502", [field] = value };

        await (await manager.PostAsJsonAsync(FacilitiesApi.Units, body)).ShouldBeValidationProblemForAsync(field);

        Assert.Empty((await (await manager.GetAsync(FacilitiesApi.Units)).ShouldBeJsonAsync(HttpStatusCode.OK)).Items("items"));
    }

    [Fact]
    public async Task A_unit_in_a_building_that_does_not_exist_is_refused_and_an_unknown_unit_is_a_404()
    {
        var manager = await App.SignedInAsAsync(StaffRole.Manager);

        var orphan = await manager.PostAsJsonAsync(FacilitiesApi.Units, new { buildingId = Guid.NewGuid(), floor = 1, number = "101" });

        await orphan.ShouldBeValidationProblemForAsync("buildingId");
        await (await manager.GetAsync($"{FacilitiesApi.Units}/{Guid.NewGuid()}")).ShouldBeProblemAsync(HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task Every_staff_member_reads_the_tree_but_only_supervisors_managers_and_admins_set_it_up()
    {
        var building = await FacilitiesApi.BuildingAsync(App);
        var unit = await FacilitiesApi.UnitAsync(App, building);
        var agent = await App.SignedInAsAsync(StaffRole.Agent);
        var technician = await App.SignedInAsAsync(StaffRole.Technician);
        var admin = await App.SignedInAsAsync(StaffRole.Admin);

        Assert.Equal(HttpStatusCode.Forbidden, (await agent.PostAsJsonAsync("/api/v1/facilities/sites", new { name = "新园" })).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await FacilitiesApi.CreateUnitAsync(technician, building, "1601")).StatusCode);
        Assert.Equal(HttpStatusCode.Created, (await admin.PostAsJsonAsync("/api/v1/facilities/sites", new { name = "新园" })).StatusCode);
        Assert.Equal("3-2-1502", (await FacilitiesApi.GetUnitAsync(technician, unit)).Text("fullNumber"));
        Assert.Equal(HttpStatusCode.Unauthorized, (await App.CreateClient().GetAsync(FacilitiesApi.Units)).StatusCode);
    }
}
