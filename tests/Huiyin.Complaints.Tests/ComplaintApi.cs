using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Huiyin.Organization.Contracts;
using Huiyin.TestKit;

namespace Huiyin.Complaints.Tests;

/// <summary>Request bodies and calls the tests share.</summary>
internal static class ComplaintApi
{
    public static async Task<Guid> CustomerAsync(HuiyinApp app)
    {
        var agent = await app.SignedInAsAsync(StaffRole.Agent);
        var response = await agent.PostAsJsonAsync("/api/v1/customers",
            new { type = "Owner", name = "王建国", phones = new[] { "13800138000" }, allowDuplicate = true, duplicateReason = "同名业主" });
        return (await response.ShouldBeJsonAsync(HttpStatusCode.Created)).GetProperty("id").GetGuid();
    }

    public static Dictionary<string, object?> Body(Guid customerId) => new()
    {
        ["customerId"] = customerId,
        ["channel"] = "Phone",
        ["category"] = "Service",
        ["targetKind"] = "Department",
        ["targetDepartment"] = "客服部",
        ["description"] = "前台人员态度恶劣，多次催办无人回复",
    };

    public static Dictionary<string, object?> With(this Dictionary<string, object?> body, string field, object? value) =>
        new(body) { [field] = value };

    public static Task<HttpResponseMessage> RegisterAsync(HttpClient caller, object body) => caller.PostAsJsonAsync("/api/v1/complaints", body);

    public static async Task<JsonElement> RegisteredAsync(HttpClient caller, object body) =>
        await (await RegisterAsync(caller, body)).ShouldBeJsonAsync(HttpStatusCode.Created);

    public static Task<HttpResponseMessage> RaiseAsync(HttpClient caller, JsonElement complaint, string severity, string reason = "业主情绪激动，反复来电") =>
        caller.PostAsJsonAsync($"/api/v1/complaints/{complaint.Id()}/severity", new { severity, reason });

    public static Guid Id(this JsonElement resource) => resource.GetProperty("id").GetGuid();

    public static string Text(this JsonElement resource, string property) => resource.GetProperty(property).GetString()!;

    public static async Task<List<(string Type, JsonElement Payload)>> OutboxAsync(HuiyinApp app)
    {
        await using var connection = await app.OpenConnectionAsync();
        await using var command = connection.CreateCommand();
        command.CommandText = "SELECT type, payload FROM complaints.outbox_messages ORDER BY occurred_at, id";
        await using var reader = await command.ExecuteReaderAsync();
        var messages = new List<(string, JsonElement)>();
        while (await reader.ReadAsync())
        {
            messages.Add((reader.GetString(0), JsonDocument.Parse(reader.GetString(1)).RootElement));
        }

        return messages;
    }
}
