using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Huiyin.Organization.Contracts;
using Huiyin.TestKit;

namespace Huiyin.Facilities.Tests;

/// <summary>Request bodies and calls the tests share.</summary>
internal static class FacilitiesApi
{
    public const string Units = "/api/v1/facilities/units";

    public static async Task<JsonElement> CreatedAsync(HttpClient caller, string resource, object body) =>
        await (await caller.PostAsJsonAsync($"/api/v1/facilities/{resource}", body)).ShouldBeJsonAsync(HttpStatusCode.Created);

    /// <summary>A site (翠苑 unless named) with building 3 (3栋); returns the building.</summary>
    public static async Task<JsonElement> BuildingAsync(HuiyinApp app, string site = "翠苑", string code = "3")
    {
        var manager = await app.SignedInAsAsync(StaffRole.Manager);
        var created = await CreatedAsync(manager, "sites", new { name = site, address = "杭州市西湖区文三路 1 号" });
        return await CreatedAsync(manager, "buildings", new { siteId = created.Id(), code, name = $"{code}栋", floors = 18 });
    }

    public static Task<HttpResponseMessage> CreateUnitAsync(HttpClient caller, JsonElement building, string number, string? entrance = "2", int floor = 15) =>
        caller.PostAsJsonAsync(Units, new { buildingId = building.Id(), entrance, floor, number, areaSquareMetres = 89.5m });

    public static async Task<JsonElement> UnitAsync(HuiyinApp app, JsonElement building, string number = "1502", string? entrance = "2") =>
        await (await CreateUnitAsync(await app.SignedInAsAsync(StaffRole.Manager), building, number, entrance)).ShouldBeJsonAsync(HttpStatusCode.Created);

    public static async Task<Guid> CustomerAsync(HuiyinApp app, string name = "王建国")
    {
        var agent = await app.SignedInAsAsync(StaffRole.Agent);
        var response = await agent.PostAsJsonAsync("/api/v1/customers",
            new { type = "Owner", name, phones = new[] { "13800138000" }, allowDuplicate = true, duplicateReason = "同名业主" });
        return (await response.ShouldBeJsonAsync(HttpStatusCode.Created)).Id();
    }

    public static Task<HttpResponseMessage> MoveInAsync(HttpClient caller, JsonElement unit, Guid customerId, string role = "Owner", string movedInAt = "2026-11-01T09:00:00+08:00") =>
        caller.PostAsJsonAsync($"{Units}/{unit.Id()}/occupancy", new { customerId, role, movedInAt });

    public static Task<HttpResponseMessage> MoveOutAsync(HttpClient caller, JsonElement unit, Guid customerId, string movedOutAt = "2026-12-01T09:00:00+08:00") =>
        caller.PostAsJsonAsync($"{Units}/{unit.Id()}/move-out", new { customerId, movedOutAt });

    public static async Task<JsonElement> GetUnitAsync(HttpClient caller, JsonElement unit) =>
        await (await caller.GetAsync($"{Units}/{unit.Id()}")).ShouldBeJsonAsync(HttpStatusCode.OK);

    public static Guid Id(this JsonElement resource) => resource.GetProperty("id").GetGuid();

    public static string Text(this JsonElement resource, string property) => resource.GetProperty(property).GetString()!;

    public static JsonElement[] Items(this JsonElement resource, string property) => resource.GetProperty(property).EnumerateArray().ToArray();

    /// <summary>The events the module published, in order, whether or not they were delivered yet.</summary>
    public static async Task<List<(string Type, JsonElement Payload)>> OutboxAsync(HuiyinApp app)
    {
        await using var connection = await app.OpenConnectionAsync();
        await using var command = connection.CreateCommand();
        command.CommandText = "SELECT type, payload FROM facilities.outbox_messages ORDER BY occurred_at, id";
        await using var reader = await command.ExecuteReaderAsync();
        var messages = new List<(string, JsonElement)>();
        while (await reader.ReadAsync())
        {
            messages.Add((reader.GetString(0).Split('.')[^1], JsonDocument.Parse(reader.GetString(1)).RootElement));
        }

        return messages;
    }
}
