using System.Net;
using Huiyin.Facilities.Contracts;
using Huiyin.Organization.Contracts;
using Huiyin.TestKit;

namespace Huiyin.Facilities.Tests;

[Collection(FacilitiesCollection.Name)]
public sealed class OccupancyTests(FacilitiesApp app) : HuiyinTest(app)
{
    private FacilitiesApp Facilities => (FacilitiesApp)App;

    [Fact]
    public async Task Moving_in_fills_the_unit_and_publishes_customer_moved_in_once()
    {
        var agent = await App.SignedInAsAsync(StaffRole.Agent);
        var unit = await FacilitiesApi.UnitAsync(App, await FacilitiesApi.BuildingAsync(App));
        var owner = await FacilitiesApi.CustomerAsync(App);

        var moved = await (await FacilitiesApi.MoveInAsync(agent, unit, owner)).ShouldBeJsonAsync(HttpStatusCode.OK);
        var twice = await FacilitiesApi.MoveInAsync(agent, unit, owner);

        Assert.False(moved.GetProperty("vacant").GetBoolean());
        var occupant = Assert.Single(moved.Items("occupants"));
        Assert.Equal(owner, occupant.GetProperty("customerId").GetGuid());
        Assert.Equal("Owner", occupant.Text("role"));
        Assert.Equal("already_moved_in", (await twice.ShouldBeProblemAsync(HttpStatusCode.Conflict)).Text("code"));
        var (type, payload) = Assert.Single(await FacilitiesApi.OutboxAsync(App));
        Assert.Equal(nameof(CustomerMovedIn), type);
        Assert.Equal(owner, payload.GetProperty("customerId").GetGuid());
        Assert.Equal(unit.Id(), payload.GetProperty("unitId").GetGuid());
        Assert.Equal(unit.Text("buildingId"), payload.Text("buildingId"));
        Assert.Equal(unit.Text("siteId"), payload.Text("siteId"));
        Assert.Equal("翠苑 3栋 2单元 1502", payload.Text("address"));
        Assert.Equal(DateTimeOffset.Parse("2026-11-01T01:00:00Z"), payload.GetProperty("movedInAt").GetDateTimeOffset());
        Assert.StartsWith("staff:", payload.Text("actor"));
    }

    [Fact]
    public async Task Moving_out_keeps_the_history_and_the_unit_is_vacant_when_nobody_is_left()
    {
        var agent = await App.SignedInAsAsync(StaffRole.Agent);
        var unit = await FacilitiesApi.UnitAsync(App, await FacilitiesApi.BuildingAsync(App));
        var owner = await FacilitiesApi.CustomerAsync(App);
        var tenant = await FacilitiesApi.CustomerAsync(App, "李娜");
        await FacilitiesApi.MoveInAsync(agent, unit, owner);
        await FacilitiesApi.MoveInAsync(agent, unit, tenant, role: "Occupant");

        var tenantGone = await (await FacilitiesApi.MoveOutAsync(agent, unit, tenant)).ShouldBeJsonAsync(HttpStatusCode.OK);
        var allGone = await (await FacilitiesApi.MoveOutAsync(agent, unit, owner)).ShouldBeJsonAsync(HttpStatusCode.OK);
        var again = await FacilitiesApi.MoveOutAsync(agent, unit, owner);

        Assert.False(tenantGone.GetProperty("vacant").GetBoolean());
        Assert.Equal(owner, Assert.Single(tenantGone.Items("occupants")).GetProperty("customerId").GetGuid());
        var read = await FacilitiesApi.GetUnitAsync(agent, unit);
        Assert.True(read.GetProperty("vacant").GetBoolean());
        Assert.Empty(read.Items("occupants"));
        Assert.Equal(2, read.Items("history").Length);
        Assert.All(read.Items("history"), o => Assert.Equal(DateTimeOffset.Parse("2026-12-01T01:00:00Z"), o.GetProperty("movedOutAt").GetDateTimeOffset()));
        Assert.True(allGone.GetProperty("vacant").GetBoolean());
        Assert.Equal("not_moved_in", (await again.ShouldBeProblemAsync(HttpStatusCode.Conflict)).Text("code"));
        var events = await FacilitiesApi.OutboxAsync(App);
        Assert.Equal([nameof(CustomerMovedIn), nameof(CustomerMovedIn), nameof(CustomerMovedOut), nameof(CustomerMovedOut)], events.Select(e => e.Type));
        Assert.Equal(("Occupant", false), (events[2].Payload.Text("role"), events[2].Payload.GetProperty("unitVacant").GetBoolean()));
        Assert.Equal(("Owner", true), (events[3].Payload.Text("role"), events[3].Payload.GetProperty("unitVacant").GetBoolean()));
    }

    [Fact]
    public async Task Bad_moves_are_400s_naming_the_field_and_an_unknown_unit_is_a_404()
    {
        var agent = await App.SignedInAsAsync(StaffRole.Agent);
        var unit = await FacilitiesApi.UnitAsync(App, await FacilitiesApi.BuildingAsync(App));
        var owner = await FacilitiesApi.CustomerAsync(App);

        await (await FacilitiesApi.MoveInAsync(agent, unit, Guid.NewGuid())).ShouldBeValidationProblemForAsync("customerId");
        await (await FacilitiesApi.MoveInAsync(agent, unit, owner, role: "Landlord")).ShouldBeValidationProblemForAsync("role");
        await FacilitiesApi.MoveInAsync(agent, unit, owner);
        await (await FacilitiesApi.MoveOutAsync(agent, unit, owner, movedOutAt: "2026-10-01T09:00:00+08:00")).ShouldBeValidationProblemForAsync("movedOutAt");
        var unknown = System.Text.Json.JsonSerializer.SerializeToElement(new { id = Guid.NewGuid() });
        await (await FacilitiesApi.MoveInAsync(agent, unknown, owner)).ShouldBeProblemAsync(HttpStatusCode.NotFound);

        Assert.Single(await FacilitiesApi.OutboxAsync(App));
        Assert.Single((await FacilitiesApi.GetUnitAsync(agent, unit)).Items("history"));
    }

    [Fact]
    public async Task Only_the_front_desk_and_its_supervisors_record_moves()
    {
        var unit = await FacilitiesApi.UnitAsync(App, await FacilitiesApi.BuildingAsync(App));
        var owner = await FacilitiesApi.CustomerAsync(App);

        var byTechnician = await FacilitiesApi.MoveInAsync(await App.SignedInAsAsync(StaffRole.Technician), unit, owner);
        var byExecutive = await FacilitiesApi.MoveOutAsync(await App.SignedInAsAsync(StaffRole.Executive), unit, owner);

        Assert.Equal(HttpStatusCode.Forbidden, byTechnician.StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, byExecutive.StatusCode);
        Assert.Empty(await FacilitiesApi.OutboxAsync(App));
    }

    [Fact]
    public async Task Other_modules_read_a_units_address_and_who_holds_it_now()
    {
        var agent = await App.SignedInAsAsync(StaffRole.Agent);
        var unit = await FacilitiesApi.UnitAsync(App, await FacilitiesApi.BuildingAsync(App));
        var owner = await FacilitiesApi.CustomerAsync(App);
        var tenant = await FacilitiesApi.CustomerAsync(App, "李娜");
        await FacilitiesApi.MoveInAsync(agent, unit, owner);
        await FacilitiesApi.MoveInAsync(agent, unit, tenant, role: "Occupant");

        var address = await Facilities.SendAsync(new GetUnitAddress(unit.Id()));
        var addresses = await Facilities.SendAsync(new GetUnitsAddresses([unit.Id(), Guid.NewGuid()]));

        Assert.NotNull(address);
        Assert.Equal(("翠苑 3栋 2单元 1502", "3-2-1502", "翠苑", "3栋"), (address.Label, address.FullNumber, address.SiteName, address.BuildingName));
        Assert.Equal([owner], address.OwnerIds);
        Assert.Equal([tenant], address.OccupantIds);
        Assert.Equal(unit.Id(), Assert.Single(addresses).UnitId);
        Assert.Null(await Facilities.SendAsync(new GetUnitAddress(Guid.NewGuid())));
    }
}
