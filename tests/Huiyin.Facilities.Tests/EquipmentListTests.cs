using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Huiyin.Organization.Contracts;
using Huiyin.TestKit;

namespace Huiyin.Facilities.Tests;

[Collection(FacilitiesCollection.Name)]
public sealed class EquipmentListTests(FacilitiesApp app) : HuiyinTest(app)
{
    private const string Equipment = "/api/v1/facilities/equipment";

    [Fact]
    public async Task Equipment_filters_by_type_status_site_and_a_certificate_expiring_soon()
    {
        var agent = await App.SignedInAsAsync(StaffRole.Agent);
        var technician = await App.SignedInAsAsync(StaffRole.Technician);
        var building = await FacilitiesApi.BuildingAsync(App);
        var elsewhere = await FacilitiesApi.BuildingAsync(App, site: "锦绣园");
        await RegisterAsync("1号梯", "Lift", building.Id(), expiresInDays: 20);
        await RegisterAsync("2号梯", "Lift", building.Id(), expiresInDays: 200);
        var pump = await RegisterAsync("生活水泵", "Pump", building.Id());
        await RegisterAsync("锅炉", "Boiler", elsewhere.Id(), expiresInDays: -3);
        (await technician.PostAsJsonAsync($"{Equipment}/{pump.Id()}/status", new { status = "Down", reason = "漏水" })).EnsureSuccessStatusCode();

        Assert.Equal(["1号梯", "2号梯"], await NamesAsync(agent, "type=lift"));
        Assert.Equal(["生活水泵"], await NamesAsync(agent, "status=Down"));
        Assert.Equal(["1号梯", "2号梯", "生活水泵"], await NamesAsync(agent, $"siteId={building.Text("siteId")}"));
        Assert.Equal(["1号梯", "锅炉"], await NamesAsync(agent, "certificateExpiresWithinDays=30"));
        Assert.Equal(["锅炉"], await NamesAsync(agent, $"buildingId={elsewhere.Id()}"));
        await (await agent.GetAsync($"{Equipment}?type=Escalator")).ShouldBeValidationProblemForAsync("type");
        await (await agent.GetAsync($"{Equipment}?status=Broken")).ShouldBeValidationProblemForAsync("status");
        await (await agent.GetAsync($"{Equipment}?certificateExpiresWithinDays=-1")).ShouldBeValidationProblemForAsync("certificateExpiresWithinDays");
        await (await agent.GetAsync($"{Equipment}?cursor=nonsense")).ShouldBeValidationProblemForAsync("cursor");
    }

    [Fact]
    public async Task Pages_of_equipment_follow_the_name_without_gaps_or_repeats_even_when_names_repeat()
    {
        var agent = await App.SignedInAsAsync(StaffRole.Agent);
        var building = await FacilitiesApi.BuildingAsync(App);
        var registered = new List<Guid>();
        foreach (var name in new[] { "消防泵", "1号梯", "消防泵", "消防泵", "2号梯" })
        {
            registered.Add((await RegisterAsync(name, "Pump", building.Id())).Id());
        }

        var seen = new List<JsonElement>();
        string? cursor = null;
        do
        {
            var page = await (await agent.GetAsync($"{Equipment}?limit=2{(cursor is null ? "" : $"&cursor={cursor}")}")).ShouldBeJsonAsync(HttpStatusCode.OK);
            seen.AddRange(page.Items("items"));
            cursor = page.GetProperty("nextCursor").GetString();
        }
        while (cursor is not null);

        Assert.Equal(["1号梯", "2号梯", "消防泵", "消防泵", "消防泵"], seen.Select(e => e.Text("name")));
        Assert.Equal(registered.Order(), seen.Select(e => e.Id()).Order());
    }

    [Fact]
    public async Task One_piece_of_equipment_shows_its_downtimes_newest_first()
    {
        var agent = await App.SignedInAsAsync(StaffRole.Agent);
        var technician = await App.SignedInAsAsync(StaffRole.Technician);
        var lift = await RegisterAsync("1号梯", "Lift", (await FacilitiesApi.BuildingAsync(App)).Id(), expiresInDays: 100);
        foreach (var (status, reason) in new[] { ("Down", "困人"), ("Up", (string?)null), ("Down", "钢丝绳磨损") })
        {
            (await technician.PostAsJsonAsync($"{Equipment}/{lift.Id()}/status", new { status, reason })).EnsureSuccessStatusCode();
        }

        var found = await (await agent.GetAsync($"{Equipment}/{lift.Id()}")).ShouldBeJsonAsync(HttpStatusCode.OK);

        Assert.Equal("Down", found.GetProperty("equipment").Text("status"));
        Assert.Equal("TS3310001", found.GetProperty("equipment").Text("certificateNumber"));
        var downtimes = found.Items("downtimes");
        Assert.Equal(["钢丝绳磨损", "困人"], downtimes.Select(d => d.Text("reason")));
        Assert.Equal(JsonValueKind.Null, downtimes[0].GetProperty("endedAt").ValueKind);
        Assert.NotEqual(JsonValueKind.Null, downtimes[1].GetProperty("endedAt").ValueKind);
        await (await agent.GetAsync($"{Equipment}/{Guid.NewGuid()}")).ShouldBeProblemAsync(HttpStatusCode.NotFound);
    }

    private async Task<JsonElement> RegisterAsync(string name, string type, Guid locationId, int? expiresInDays = null) =>
        await FacilitiesApi.CreatedAsync(await App.SignedInAsAsync(StaffRole.Manager), "equipment", new
        {
            name,
            type,
            locationId,
            certificateNumber = expiresInDays is null ? null : "TS3310001",
            certificateExpiresAt = expiresInDays is { } days ? DateTimeOffset.UtcNow.AddDays(days) : (DateTimeOffset?)null,
        });

    private static async Task<List<string>> NamesAsync(HttpClient caller, string query) =>
        (await (await caller.GetAsync($"{Equipment}?{query}")).ShouldBeJsonAsync(HttpStatusCode.OK)).Items("items").Select(e => e.Text("name")).ToList();
}
