using System.Net;
using System.Text.Json;
using Huiyin.Organization.Contracts;
using Huiyin.TestKit;

namespace Huiyin.Complaints.Tests;

/// <summary>The contact log, as for tickets: the first contact fulfils first contact, the investigation only when none came before.</summary>
[Collection(ApiCollection.Name)]
public sealed class ContactLogTests(HuiyinApp app) : HuiyinTest(app)
{
    [Fact]
    public async Task The_first_contact_fulfils_first_contact_and_the_investigation_then_fulfils_only_the_same_day_clock()
    {
        var agent = await App.SignedInAsAsync(StaffRole.Agent);
        var complaint = await ComplaintApi.RegisteredAsync(agent, ComplaintApi.Body(await ComplaintApi.CustomerAsync(App)));

        var contact = await (await ComplaintApi.LogContactAsync(agent, complaint)).ShouldBeJsonAsync(HttpStatusCode.Created);
        Assert.Equal("Fulfilled", await ComplaintApi.ClockStatusAsync(App, complaint.Id(), "FirstContact"));
        Assert.Equal("Running", await ComplaintApi.ClockStatusAsync(App, complaint.Id(), "Investigation"));
        await (await ComplaintApi.LogContactAsync(agent, complaint, new { method = "OnSite", outcome = "Reached", note = "上门面谈" }))
            .ShouldBeJsonAsync(HttpStatusCode.Created);

        await ComplaintApi.SteppedAsync(agent, complaint, "investigate");

        Assert.Equal("Fulfilled", await ComplaintApi.ClockStatusAsync(App, complaint.Id(), "Investigation"));
        var log = (await (await agent.GetAsync($"/api/v1/complaints/{complaint.Id()}/contacts")).ShouldBeJsonAsync(HttpStatusCode.OK))
            .GetProperty("items").EnumerateArray().ToList();
        Assert.Equal(["Phone", "OnSite"], log.Select(c => c.Text("method")));
        Assert.Equal(contact.Id(), log[0].Id());
        Assert.Equal("业主同意今天下午上门沟通", log[0].Text("note"));
        Assert.NotEqual(JsonValueKind.Null, log[0].GetProperty("handlerId").ValueKind);
    }

    [Fact]
    public async Task An_unreachable_complainant_is_sent_the_apology_sms()
    {
        var agent = await App.SignedInAsAsync(StaffRole.Agent);
        var complaint = await ComplaintApi.RegisteredAsync(agent, ComplaintApi.Body(await ComplaintApi.CustomerAsync(App)));

        var contact = await (await ComplaintApi.LogContactAsync(agent, complaint, new { method = "Phone", outcome = "Unreachable", note = "无人接听" }))
            .ShouldBeJsonAsync(HttpStatusCode.Created);

        Assert.NotEqual(Guid.Empty, contact.GetProperty("smsMessageId").GetGuid());
    }

    [Fact]
    public async Task A_note_with_a_forbidden_phrase_is_saved_and_answered_with_a_warning_naming_it()
    {
        var agent = await App.SignedInAsAsync(StaffRole.Agent);
        var complaint = await ComplaintApi.RegisteredAsync(agent, ComplaintApi.Body(await ComplaintApi.CustomerAsync(App)));

        var flagged = await (await ComplaintApi.LogContactAsync(agent, complaint, new { method = "Phone", outcome = "Reached", note = "告诉业主不知道什么时候修好" }))
            .ShouldBeJsonAsync(HttpStatusCode.Created);
        await (await ComplaintApi.LogContactAsync(agent, complaint)).ShouldBeJsonAsync(HttpStatusCode.Created);
        var log = (await (await agent.GetAsync($"/api/v1/complaints/{complaint.Id()}/contacts")).ShouldBeJsonAsync(HttpStatusCode.OK))
            .GetProperty("items").EnumerateArray().ToList();

        Assert.Equal(["不知道"], Warnings(flagged));
        Assert.Equal([["不知道"], []], log.Select(Warnings));
    }

    [Fact]
    public async Task A_closed_complaint_takes_no_contact()
    {
        var closed = await ComplaintApi.InStatusAsync(App, "Closed");

        var refused = await (await ComplaintApi.LogContactAsync(await App.SignedInAsAsync(StaffRole.Agent), closed)).ShouldBeProblemAsync(HttpStatusCode.Conflict);

        Assert.Equal("Closed", refused.Text("currentStatus"));
        Assert.Empty((await (await (await App.SignedInAsAsync(StaffRole.Agent)).GetAsync($"/api/v1/complaints/{closed.Id()}/contacts"))
            .ShouldBeJsonAsync(HttpStatusCode.OK)).GetProperty("items").EnumerateArray());
    }

    [Theory]
    [InlineData("method", "Pigeon")]
    [InlineData("outcome", "Maybe")]
    [InlineData("note", null)]
    [InlineData("at", "2001-01-01T00:00:00Z")]
    public async Task Bad_input_is_refused_naming_the_field(string field, string? value)
    {
        var agent = await App.SignedInAsAsync(StaffRole.Agent);
        var complaint = await ComplaintApi.RegisteredAsync(agent, ComplaintApi.Body(await ComplaintApi.CustomerAsync(App)));
        var body = new Dictionary<string, object?> { ["method"] = "Phone", ["outcome"] = "Reached", ["note"] = "已联系", [field] = value };

        await (await ComplaintApi.LogContactAsync(agent, complaint, body)).ShouldBeValidationProblemForAsync(field);

        Assert.Equal("Running", await ComplaintApi.ClockStatusAsync(App, complaint.Id(), "FirstContact"));
    }

    private static string[] Warnings(JsonElement contact) => [.. contact.GetProperty("warnings").EnumerateArray().Select(w => w.GetString()!)];
}
