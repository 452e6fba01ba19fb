using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Huiyin.Organization.Contracts;
using Huiyin.TestKit;

namespace Huiyin.Facilities.Tests;

/// <summary>Calls the outage tests share.</summary>
internal static class OutageApi
{
    public const string Outages = "/api/v1/facilities/outages";

    public static async Task<Guid> ResidentAsync(HuiyinApp app, JsonElement unit, string phone, bool smsConsent, string role = "Owner")
    {
        var agent = await app.SignedInAsAsync(StaffRole.Agent);
        var created = await agent.PostAsJsonAsync("/api/v1/customers",
            new { type = "Owner", name = "住户" + phone[^4..], phones = new[] { phone }, smsConsent, allowDuplicate = true, duplicateReason = "同名业主" });
        var customerId = (await created.ShouldBeJsonAsync(HttpStatusCode.Created)).Id();
        await (await FacilitiesApi.MoveInAsync(await app.SignedInAsAsync(StaffRole.Manager), unit, customerId, role)).ShouldBeJsonAsync(HttpStatusCode.OK);
        return customerId;
    }

    public static async Task<JsonElement> StartAsync(HttpClient caller, object scope) =>
        await (await caller.PostAsJsonAsync(Outages, scope)).ShouldBeJsonAsync(HttpStatusCode.Created);

    public static Task<HttpResponseMessage> RestoreAsync(HttpClient caller, Guid outageId, string restoredAt = "2026-12-06T18:00:00+08:00") =>
        caller.PostAsJsonAsync($"{Outages}/{outageId}/restore", new { restoredAt });

    /// <summary>The outage once its messages of both phases have settled at the counts expected (they go out in the background).</summary>
    public static async Task<JsonElement> ToldAsync(HttpClient caller, Guid outageId, int atStart, int atRestoration)
    {
        for (var attempt = 0; ; attempt++)
        {
            var outage = await (await caller.GetAsync($"{Outages}/{outageId}")).ShouldBeJsonAsync(HttpStatusCode.OK);
            if ((outage.GetProperty("sentAtStart").GetInt32(), outage.GetProperty("sentAtRestoration").GetInt32()) == (atStart, atRestoration) || attempt == 100)
            {
                return outage;
            }

            await Task.Delay(100);
        }
    }

    /// <summary>The text messages queued about the outage, whatever their delivery.</summary>
    public static async Task<JsonElement[]> MessagesAsync(HuiyinApp app, Guid outageId)
    {
        var admin = await app.SignedInAsAsync(StaffRole.Admin);
        var page = await (await admin.GetAsync($"/api/v1/notifications/messages?relatedItemId={outageId}&limit=200")).ShouldBeJsonAsync(HttpStatusCode.OK);
        return page.Items("items");
    }
}
