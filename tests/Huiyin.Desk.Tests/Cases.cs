using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Huiyin.Organization.Contracts;
using Huiyin.TestKit;

namespace Huiyin.Desk.Tests;

/// <summary>Customers and tickets taken in through the API.</summary>
internal static class Cases
{
    public static async Task<JsonElement> TicketAsync(HuiyinApp app, string category = "Plumbing")
    {
        var agent = await app.SignedInAsAsync(StaffRole.Agent);
        var customer = await (await agent.PostAsJsonAsync("/api/v1/customers",
                new { type = "Owner", name = "张丽", phones = new[] { "13900139000" }, allowDuplicate = true, duplicateReason = "同名业主" }))
            .ShouldBeJsonAsync(HttpStatusCode.Created);
        return await (await agent.PostAsJsonAsync("/api/v1/tickets", new
        {
            kind = "Repair", channel = "Phone", customerId = customer.Id(), category, description = "3号楼2单元电梯困人，两人被困",
        })).ShouldBeJsonAsync(HttpStatusCode.Created);
    }

    /// <summary>Creates a site, building or unit (<paramref name="resource"/>) and answers its id.</summary>
    public static async Task<Guid> FacilityAsync(HttpClient manager, string resource, object body) =>
        (await (await manager.PostAsJsonAsync($"/api/v1/facilities/{resource}", body)).ShouldBeJsonAsync(HttpStatusCode.Created)).Id();

    /// <summary>Waits for the outbox to deliver (the host dispatches every second) until <paramref name="sql"/> counts <paramref name="expected"/>.</summary>
    public static async Task<long> EventuallyCountAsync(HuiyinApp app, string sql, long expected)
    {
        long count = 0;
        for (var attempt = 0; attempt < 100 && count != expected; attempt++)
        {
            count = await app.CountAsync(sql);
            if (count != expected)
            {
                await Task.Delay(100);
            }
        }

        return count;
    }
}
