using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Huiyin.TestKit;

namespace Huiyin.Knowledge.Tests;

/// <summary>Calls and values the tests share.</summary>
internal static class KnowledgeApi
{
    public static object Entry(Guid ownerId, string title = "停车费标准", string body = "地面车位每月300元，地下车位每月400元。", string[]? categories = null,
        DateOnly? reviewBy = null, string kind = "Answer") =>
        new { kind, title, body, categories = categories ?? ["Parking"], tags = new[] { "停车" }, ownerId, reviewBy = reviewBy ?? new DateOnly(2030, 1, 1) };

    public static async Task<JsonElement> CreateAsync(HttpClient caller, object entry) =>
        await (await caller.PostAsJsonAsync("/api/v1/knowledge", entry)).ShouldBeJsonAsync(HttpStatusCode.Created);

    public static async Task<string[]> TitlesAsync(HttpClient caller, string query)
    {
        var found = await (await caller.GetAsync($"/api/v1/knowledge{query}")).ShouldBeJsonAsync(HttpStatusCode.OK);
        return [.. found.GetProperty("items").EnumerateArray().Select(e => e.Text("title"))];
    }

    public static Guid Id(this JsonElement resource) => resource.GetProperty("id").GetGuid();

    public static string Text(this JsonElement resource, string property) => resource.GetProperty(property).GetString()!;

    public static async Task<long> CountAsync(this HuiyinApp app, string sql)
    {
        await using var connection = await app.OpenConnectionAsync();
        await using var command = connection.CreateCommand();
        command.CommandText = sql;
        return (long)(await command.ExecuteScalarAsync())!;
    }
}
