using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using Huiyin.TestKit;

namespace Huiyin.Benchmarks;

/// <summary>
/// A customer and the body of a repair ticket for them, registered through the API. The body is serialised once and
/// an answer's id is read from its <c>Location</c> header: the client, which shares the machine with the host, does
/// as little as pgbench does.
/// </summary>
internal sealed record TicketTemplate(byte[] Body)
{
    public static async Task<TicketTemplate> CreateAsync(HttpClient agent)
    {
        var customer = await (await agent.PostAsJsonAsync("/api/v1/customers",
            new { type = "Owner", name = "王建国", phones = new[] { "13800138000" } })).ShouldBeJsonAsync(HttpStatusCode.Created);
        return new TicketTemplate(JsonSerializer.SerializeToUtf8Bytes(new
        {
            kind = "Repair", channel = "Phone", customerId = customer.GetProperty("id").GetGuid(), category = "Plumbing",
            unitId = "3-2-1201", description = "厨房水槽下水管漏水，地面有积水",
        }));
    }

    public async Task<Guid> PostAsync(HttpClient agent)
    {
        using var content = new ByteArrayContent(Body);
        content.Headers.ContentType = new MediaTypeHeaderValue("application/json");
        using var response = await agent.PostAsync("/api/v1/tickets", content);
        response.EnsureSuccessStatusCode();
        var location = response.Headers.Location!.OriginalString;
        return Guid.Parse(location[(location.LastIndexOf('/') + 1)..]);
    }
}
