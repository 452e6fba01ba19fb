using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Huiyin.Organization.Contracts;
using Huiyin.TestKit;

namespace Huiyin.Callbacks.Tests;

/// <summary>Tickets and complaints taken to resolution through the API, and the callbacks their events book.</summary>
internal static class Cases
{
    public static async Task<JsonElement> ResolvedTicketAsync(HuiyinApp app, Guid customerId)
    {
        var agent = await app.SignedInAsAsync(StaffRole.Agent);
        var ticket = await (await agent.PostAsJsonAsync("/api/v1/tickets", new
        {
            kind = "Repair", channel = "Phone", customerId, category = "Plumbing", description = "厨房水槽下水管漏水",
        })).ShouldBeJsonAsync(HttpStatusCode.Created);
        await (await agent.PostAsJsonAsync($"/api/v1/tickets/{ticket.Id()}/contacts", new { method = "Phone", outcome = "Reached", note = "约好上门" }))
            .ShouldBeJsonAsync(HttpStatusCode.Created);
        return await (await agent.PostAsJsonAsync($"/api/v1/tickets/{ticket.Id()}/resolve", new { summary = "更换了下水管" })).ShouldBeJsonAsync(HttpStatusCode.OK);
    }

    public static async Task<JsonElement> ResolvedComplaintAsync(HuiyinApp app, Guid customerId)
    {
        var agent = await app.SignedInAsAsync(StaffRole.Agent);
        var complaint = await (await agent.PostAsJsonAsync("/api/v1/complaints", new
        {
            customerId, channel = "Phone", category = "Service", targetKind = "Department", targetDepartment = "客服部", description = "多次催办无人回复",
        })).ShouldBeJsonAsync(HttpStatusCode.Created);
        var steps = new (StaffRole Role, string Action, object Body)[]
        {
            (StaffRole.Agent, "investigate", new { findings = "确有推诿", validity = "Effective", validityReason = "属实", rootCause = "StaffAttitude" }),
            (StaffRole.Agent, "propose-remedy", new { proposal = "当面致歉" }),
            (StaffRole.Manager, "decide-remedy", new { remedy = "当面致歉", responsibleDepartment = "客服部" }),
            (StaffRole.Agent, "carry-out", new { workDone = "已上门致歉" }),
            (StaffRole.Agent, "confirm", new { accepted = true }),
        };
        foreach (var (role, action, body) in steps)
        {
            complaint = await (await (await app.SignedInAsAsync(role)).PostAsJsonAsync($"/api/v1/complaints/{complaint.Id()}/{action}", body))
                .ShouldBeJsonAsync(HttpStatusCode.OK);
        }

        return complaint;
    }

    /// <summary>The callback the outbox books for an item, waited for (the host delivers events every second).</summary>
    public static async Task<JsonElement> CallbackForAsync(HuiyinApp app, Guid itemId)
    {
        var manager = await app.SignedInAsAsync(StaffRole.Manager);
        for (var attempt = 0; attempt < 100; attempt++)
        {
            if ((await CallbackApi.ListAsync(manager, $"itemId={itemId}")).FirstOrDefault() is { ValueKind: JsonValueKind.Object } callback)
            {
                return callback;
            }

            await Task.Delay(100);
        }

        throw new TimeoutException($"No callback was booked for {itemId}.");
    }

    public static async Task<string> TicketStatusAsync(HuiyinApp app, Guid ticketId) =>
        (await (await (await app.SignedInAsAsync(StaffRole.Agent)).GetAsync($"/api/v1/tickets/{ticketId}")).ShouldBeJsonAsync(HttpStatusCode.OK)).Text("status");
}
