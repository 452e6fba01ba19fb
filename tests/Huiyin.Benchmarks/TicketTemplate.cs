using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Huiyin.TestKit;

namespace Huiyin.Benchmarks;

/// <summary>A customer and the body of a repair ticket for them, registered through the API.</summary>
internal sealed record TicketTemplate(object Body)
{
    public static async Task<TicketTemplate> CreateAsync(HttpClient agent)
    {
        var customer = await (await agent.PostAsJsonAsync("/api/v1/customers",
            new { type = "Owner", name = "王建国", phones = new[] { "13800138000" } })).ShouldBeJsonAsync(HttpStatusCode.Created);
        return new TicketTemplate(new
        {
            kind = "Repair", channel = "Phone", customerId = customer.GetProperty("id").GetGuid(), category = "Plumbing",
            unitId = "3-2-1201", description = "厨房水槽下水管漏水，地面有积水",
        });
    }

    public async Task<Guid> PostAsync(HttpClient agent)
    {
        var response = await agent.PostAsJsonAsync("/api/v1/tickets", Body);
        response.EnsureSuccessStatusCode();
        return (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetGuid();
    }
}
