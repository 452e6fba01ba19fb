using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Huiyin.TestKit;

namespace Huiyin.Api.Tests.Audit;

/// <summary>What the audit tests share: the records an Admin reads, the raw table, and a PUT with an ETag.</summary>
internal static class AuditTrailReading
{
    public static async Task<JsonElement[]> RecordsAsync(HttpClient admin, string query = "")
    {
        var page = await (await admin.GetAsync($"/api/v1/audit{query}")).ShouldBeJsonAsync(HttpStatusCode.OK);
        return [.. page.GetProperty("items").EnumerateArray()];
    }

    public static async Task<JsonElement> SingleAsync(HttpClient admin, string operation) =>
        Assert.Single(await RecordsAsync(admin, $"?operation={operation}"));

    /// <summary>The one row of <paramref name="side"/> (before or after) of a record: its column values by name.</summary>
    public static JsonElement Row(JsonElement record, string side) =>
        Assert.Single(record.GetProperty(side).EnumerateObject()).Value;

    public static async Task<long> CountAsync(HuiyinApp app)
    {
        await using var connection = await app.OpenConnectionAsync();
        await using var command = connection.CreateCommand();
        command.CommandText = "SELECT count(*) FROM platform.audit_records";
        return (long)(await command.ExecuteScalarAsync())!;
    }

    public static HttpRequestMessage Put(string uri, object body, string etag)
    {
        var request = new HttpRequestMessage(HttpMethod.Put, uri) { Content = JsonContent.Create(body) };
        request.Headers.IfMatch.ParseAdd(etag);
        return request;
    }
}
