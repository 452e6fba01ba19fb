using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Huiyin.Complaints.Contracts;
using Huiyin.Organization.Contracts;
using Huiyin.TestKit;

namespace Huiyin.Complaints.Tests;

/// <summary>A complaint about a unit carries its address, and its events the unit, building and site for reports by site.</summary>
[Collection(ApiCollection.Name)]
public sealed class ComplaintPlaceTests(HuiyinApp app) : HuiyinTest(app)
{
    [Fact]
    public async Task A_complaint_about_a_unit_shows_its_address_and_every_event_names_the_site()
    {
        var (siteId, buildingId, unitId) = await UnitAsync();
        var agent = await App.SignedInAsAsync(StaffRole.Agent);

        var complaint = await ComplaintApi.RegisteredAsync(agent, ComplaintApi.Body(await ComplaintApi.CustomerAsync(App)).With("unitId", unitId));
        await ComplaintApi.RaiseAsync(agent, complaint, "Important");

        var place = complaint.GetProperty("place");
        Assert.Equal(unitId, place.GetProperty("unitId").GetGuid());
        Assert.Equal(buildingId, place.GetProperty("buildingId").GetGuid());
        Assert.Equal("翠苑 3栋 2单元 1502", place.Text("label"));
        var events = await ComplaintApi.OutboxAsync(App);
        Assert.Equal([typeof(ComplaintRegistered).FullName!, typeof(ComplaintSeverityRaised).FullName!], events.Select(e => e.Type));
        Assert.All(events, e => Assert.Equal(siteId, e.Payload.GetProperty("place").GetProperty("siteId").GetGuid()));
    }

    [Fact]
    public async Task An_unknown_unit_is_a_400_naming_unit_id_and_a_complaint_without_one_has_no_place()
    {
        var agent = await App.SignedInAsAsync(StaffRole.Agent);
        var body = ComplaintApi.Body(await ComplaintApi.CustomerAsync(App));

        await (await ComplaintApi.RegisterAsync(agent, body.With("unitId", Guid.NewGuid()))).ShouldBeValidationProblemForAsync("unitId");
        var complaint = await ComplaintApi.RegisteredAsync(agent, body);

        Assert.Equal(JsonValueKind.Null, complaint.GetProperty("place").ValueKind);
    }

    private async Task<(Guid Site, Guid Building, Guid Unit)> UnitAsync()
    {
        var manager = await App.SignedInAsAsync(StaffRole.Manager);
        var site = await CreatedAsync(manager, "sites", new { name = "翠苑", address = "杭州市西湖区文三路 1 号" });
        var building = await CreatedAsync(manager, "buildings", new { siteId = site.Id(), code = "3", name = "3栋", floors = 18 });
        var unit = await CreatedAsync(manager, "units", new { buildingId = building.Id(), entrance = "2", floor = 15, number = "1502", areaSquareMetres = 89.5m });
        return (site.Id(), building.Id(), unit.Id());
    }

    private static async Task<JsonElement> CreatedAsync(HttpClient caller, string resource, object body) =>
        await (await caller.PostAsJsonAsync($"/api/v1/facilities/{resource}", body)).ShouldBeJsonAsync(HttpStatusCode.Created);
}
