using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Huiyin.Organization.Contracts;
using Huiyin.TestKit;
using static Huiyin.Api.Tests.Audit.AuditTrailReading;

namespace Huiyin.Api.Tests.Audit;

/// <summary>SLA policies, calendars and webhook endpoints: each change is one record, and a webhook's secret is in none of them.</summary>
[Collection(ApiCollection.Name)]
public sealed class SlaAndWebhookAuditTests(HuiyinApp app) : HuiyinTest(app)
{
    private const string Policies = "/api/v1/sla/policies";

    [Fact]
    public async Task A_policy_created_edited_reordered_and_retired_leaves_one_record_each_with_its_rows()
    {
        var manager = await App.SignedInAsAsync(StaffRole.Manager);
        var admin = await App.SignedInAsAsync(StaffRole.Admin);
        var created = await (await manager.PostAsJsonAsync(Policies, new
        {
            name = "投诉重大", order = 5, match = new { workType = "Complaint", severity = "Major" }, firstContact = "PT1H", resolution = "PT24H",
        })).ShouldBeJsonAsync(HttpStatusCode.Created);
        var id = created.GetProperty("id").GetGuid();
        var etag = (await manager.GetAsync($"{Policies}/{id}")).Headers.ETag!.Tag;
        await (await manager.SendAsync(Put($"{Policies}/{id}", new
        {
            name = "投诉重大", order = 5, match = new { workType = "Complaint", severity = "Major" }, firstContact = "PT1H", resolution = "PT12H",
        }, etag))).ShouldBeJsonAsync(HttpStatusCode.OK);
        var order = (await (await manager.GetAsync(Policies)).ShouldBeJsonAsync(HttpStatusCode.OK)).GetProperty("items").EnumerateArray()
            .Select(p => p.GetProperty("id").GetGuid()).Reverse().ToList();
        await (await manager.PostAsJsonAsync($"{Policies}/reorder", new { policyIds = order })).ShouldBeJsonAsync(HttpStatusCode.OK);
        await (await manager.PostAsync($"{Policies}/{id}/retire", null)).ShouldBeJsonAsync(HttpStatusCode.OK);

        var creation = await SingleAsync(admin, "CreatePolicy");
        Assert.Empty(creation.GetProperty("before").EnumerateObject());
        Assert.Equal("投诉重大", Row(creation, "after").GetProperty("name").GetString());
        var edit = await SingleAsync(admin, "UpdatePolicy");
        Assert.Equal(id.ToString(), edit.GetProperty("targetId").GetString());
        Assert.NotEqual(Row(edit, "before").GetProperty("resolution").ToString(), Row(edit, "after").GetProperty("resolution").ToString());
        Assert.NotEmpty((await SingleAsync(admin, "ReorderPolicies")).GetProperty("after").EnumerateObject());
        var retirement = await SingleAsync(admin, "RetirePolicy");
        Assert.Equal(id.ToString(), retirement.GetProperty("targetId").GetString());
        Assert.Equal(await App.ProvisionAsync("test-manager", StaffRole.Manager), retirement.GetProperty("actorId").GetGuid());
    }

    [Fact]
    public async Task A_calendars_edit_and_holiday_import_are_recorded_with_the_days_before_and_after()
    {
        var manager = await App.SignedInAsAsync(StaffRole.Manager);
        var admin = await App.SignedInAsAsync(StaffRole.Admin);
        var hours = new[] { new { day = "Monday", from = "08:30", to = "17:30" } };
        var id = (await (await manager.PostAsJsonAsync("/api/v1/sla/calendars", new { name = "物业办公时间", weeklyHours = hours }))
            .ShouldBeJsonAsync(HttpStatusCode.Created)).GetProperty("id").GetGuid();
        var etag = (await manager.GetAsync($"/api/v1/sla/calendars/{id}")).Headers.ETag!.Tag;
        await (await manager.SendAsync(Put($"/api/v1/sla/calendars/{id}", new { name = "客服中心办公时间", weeklyHours = hours }, etag)))
            .ShouldBeJsonAsync(HttpStatusCode.OK);
        const string mondayOff = "BEGIN:VCALENDAR\r\nBEGIN:VEVENT\r\nDTSTART;VALUE=DATE:20261130\r\nSUMMARY:调休\r\nEND:VEVENT\r\nEND:VCALENDAR\r\n";
        await (await manager.PostAsJsonAsync($"/api/v1/sla/calendars/{id}/import", new { ics = mondayOff })).ShouldBeJsonAsync(HttpStatusCode.OK);

        var edit = await SingleAsync(admin, "UpdateCalendar");
        Assert.Equal("物业办公时间", Calendar(edit, "before").GetProperty("name").GetString());
        Assert.Equal("客服中心办公时间", Calendar(edit, "after").GetProperty("name").GetString());
        var import = await SingleAsync(admin, "ImportCalendarDays");
        Assert.Equal(id.ToString(), import.GetProperty("targetId").GetString());
        Assert.Contains("2026-11-30", import.GetProperty("after").ToString());
    }

    [Fact]
    public async Task A_webhook_registered_disabled_enabled_and_rotated_is_recorded_without_its_secret()
    {
        var admin = await App.SignedInAsAsync(StaffRole.Admin);
        var created = await (await admin.PostAsJsonAsync("/api/v1/webhooks", new { url = "http://127.0.0.1:9/hooks", events = new[] { "ticket.created" } }))
            .ShouldBeJsonAsync(HttpStatusCode.Created);
        var id = created.GetProperty("id").GetGuid();
        var secrets = new List<string> { created.GetProperty("secret").GetString()! };
        await (await admin.DeleteAsync($"/api/v1/webhooks/{id}")).ShouldBeJsonAsync(HttpStatusCode.OK);
        await (await admin.PostAsync($"/api/v1/webhooks/{id}/enable", null)).ShouldBeJsonAsync(HttpStatusCode.OK);
        var rotated = await (await admin.PostAsync($"/api/v1/webhooks/{id}/rotate-secret", null)).ShouldBeJsonAsync(HttpStatusCode.OK);
        secrets.Add(rotated.GetProperty("secret").GetString()!);

        var records = await RecordsAsync(admin, $"?targetId={id}");
        Assert.Equal(["CreateWebhook", "SetWebhookEnabled", "SetWebhookEnabled", "RotateWebhookSecret"],
            records.Select(r => r.GetProperty("operation").GetString()).Reverse());
        Assert.Equal("http://127.0.0.1:9/hooks", Row(records[^1], "after").GetProperty("url").GetString());
        Assert.All(records, record => Assert.All(secrets, secret => Assert.DoesNotContain(secret, record.ToString())));
        Assert.All(records, record => Assert.DoesNotContain("whsec_", record.ToString()));
    }

    private static JsonElement Calendar(JsonElement record, string side) =>
        Assert.Single(record.GetProperty(side).EnumerateObject(), row => row.Name.StartsWith("CalendarDefinition ", StringComparison.Ordinal)).Value;
}
