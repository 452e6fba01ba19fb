using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Huiyin.Organization.Contracts;
using Huiyin.TestKit;

namespace Huiyin.Complaints.Tests;

/// <summary>
/// A complaint's acknowledgement and hand-off clocks end to end on a policy in seconds (acknowledgement 5 s, hand-off 8 s):
/// acknowledged by the SMS receipt (sent once, only to a complainant who agreed) or by the first contact, and handed off by the
/// call to the handling team or by the remedy's department being decided.
/// </summary>
[Collection(ApiCollection.Name)]
public sealed class AcknowledgementAndHandoffTests(HuiyinApp app) : HuiyinTest(app)
{
    [Fact]
    public async Task A_consenting_complainant_gets_one_receipt_which_acknowledges_and_an_unhanded_complaint_breaches_its_hand_off()
    {
        var (_, complaint) = await DrillAsync(smsConsent: true);
        var acknowledged = await AcknowledgedAsync(complaint);

        App.Clock.Advance(TimeSpan.FromSeconds(9));
        await ComplaintApi.SweepAsync(App);

        Assert.NotEqual(JsonValueKind.Null, Goal(acknowledged, "acknowledgement").GetProperty("doneAt").ValueKind);
        Assert.Equal(1, await CountAsync($"SELECT count(*) FROM notifications.outgoing_messages WHERE related_item_id = '{complaint.Id()}' AND phone = '13922223333'"));
        Assert.Equal(1, await CountAsync($"SELECT count(*) FROM notifications.outgoing_messages WHERE text LIKE '%{complaint.Text("number")}%月%日%'"));
        var read = await ReadAsync(complaint);
        Assert.False(Goal(read, "acknowledgement").GetProperty("breached").GetBoolean());
        Assert.True(Goal(read, "handoff").GetProperty("breached").GetBoolean());
    }

    [Fact]
    public async Task Without_consent_the_first_contact_acknowledges_and_the_call_to_the_team_hands_it_off()
    {
        var (agent, complaint) = await DrillAsync(smsConsent: false);
        Assert.Equal(JsonValueKind.Null, Goal(complaint, "acknowledgement").GetProperty("doneAt").ValueKind);
        var team = await ComplaintApi.TeamAsync(App);

        App.Clock.Advance(TimeSpan.FromSeconds(3));
        await (await ComplaintApi.LogContactAsync(agent, complaint)).ShouldBeJsonAsync(HttpStatusCode.Created);
        var handedOff = await (await ComplaintApi.HandOffAsync(agent, complaint, new { teamId = team, note = "已电话告知客服部主管" })).ShouldBeJsonAsync(HttpStatusCode.OK);
        App.Clock.Advance(TimeSpan.FromSeconds(6));
        await ComplaintApi.SweepAsync(App);

        Assert.NotEqual(JsonValueKind.Null, Goal(handedOff, "handoff").GetProperty("doneAt").ValueKind);
        Assert.Equal(0, await CountAsync("SELECT count(*) FROM notifications.outgoing_messages"));
        var read = await ReadAsync(complaint);
        Assert.NotEqual(JsonValueKind.Null, Goal(read, "acknowledgement").GetProperty("doneAt").ValueKind);
        Assert.False(Goal(read, "acknowledgement").GetProperty("breached").GetBoolean());
        Assert.False(Goal(read, "handoff").GetProperty("breached").GetBoolean());
        var timeline = await (await agent.GetAsync($"/api/v1/complaints/{complaint.Id()}/timeline")).ShouldBeJsonAsync(HttpStatusCode.OK);
        Assert.Contains(timeline.GetProperty("items").EnumerateArray(), line => line.TryGetProperty("code", out var code) && code.GetString() == "handed_off");
    }

    [Fact]
    public async Task The_remedy_decided_hands_the_complaint_to_its_department()
    {
        var (_, complaint) = await DrillAsync(smsConsent: false);

        var decided = await ComplaintApi.InStatusAsync(App, "RemedyDecided");

        Assert.Equal(JsonValueKind.Null, Goal(await ReadAsync(complaint), "handoff").GetProperty("doneAt").ValueKind);
        Assert.NotEqual(JsonValueKind.Null, Goal(await ReadAsync(decided), "handoff").GetProperty("doneAt").ValueKind);
    }

    [Fact]
    public async Task A_hand_off_needs_a_team_and_a_note_and_is_refused_on_a_closed_complaint()
    {
        var agent = await App.SignedInAsAsync(StaffRole.Agent);
        var open = await ComplaintApi.InStatusAsync(App, "Investigated");
        var closed = await ComplaintApi.InStatusAsync(App, "Closed");

        var bad = await ComplaintApi.HandOffAsync(agent, open, new { teamId = Guid.Empty, note = "" });
        var nowhere = await ComplaintApi.HandOffAsync(agent, open, new { teamId = Guid.CreateVersion7(), note = "已转交" });
        var refused = await ComplaintApi.HandOffAsync(agent, closed, new { teamId = await ComplaintApi.TeamAsync(App), note = "已转交" });

        var problem = await bad.ShouldBeProblemAsync(HttpStatusCode.BadRequest);
        Assert.Equal(["note", "teamId"], problem.GetProperty("errors").EnumerateObject().Select(e => e.Name).Order());
        await nowhere.ShouldBeValidationProblemForAsync("teamId");
        await refused.ShouldBeProblemAsync(HttpStatusCode.Conflict);
    }

    private async Task<(HttpClient Agent, JsonElement Complaint)> DrillAsync(bool smsConsent)
    {
        var manager = await App.SignedInAsAsync(StaffRole.Manager);
        await (await manager.PostAsJsonAsync("/api/v1/sla/policies", new
        {
            name = "投诉演练", order = 0, match = new { workType = "Complaint" },
            firstContact = "PT10S", resolution = "PT20S", acknowledgement = "PT5S", handoff = "PT8S",
        })).ShouldBeJsonAsync(HttpStatusCode.Created);
        var agent = await App.SignedInAsAsync(StaffRole.Agent);
        var customer = await (await agent.PostAsJsonAsync("/api/v1/customers", new
        {
            type = "Owner", name = "陈晓梅", phones = new[] { "13922223333" }, smsConsent, allowDuplicate = true, duplicateReason = "test",
        })).ShouldBeJsonAsync(HttpStatusCode.Created);
        return (agent, await ComplaintApi.RegisteredAsync(agent, ComplaintApi.Body(customer.Id())));
    }

    private static JsonElement Goal(JsonElement complaint, string name) => complaint.GetProperty("sla").GetProperty(name);

    /// <summary>The complaint once its receipt has gone out, a moment after it committed.</summary>
    private async Task<JsonElement> AcknowledgedAsync(JsonElement complaint)
    {
        for (var attempt = 0; attempt < 100; attempt++)
        {
            var read = await ReadAsync(complaint);
            if (Goal(read, "acknowledgement").GetProperty("doneAt").ValueKind != JsonValueKind.Null)
            {
                return read;
            }

            await Task.Delay(100);
        }

        throw new TimeoutException("The receipt did not acknowledge the complaint.");
    }

    private async Task<JsonElement> ReadAsync(JsonElement complaint) =>
        await (await (await App.SignedInAsAsync(StaffRole.Agent)).GetAsync($"/api/v1/complaints/{complaint.Id()}")).ShouldBeJsonAsync(HttpStatusCode.OK);

    private async Task<long> CountAsync(string sql)
    {
        await using var connection = await App.OpenConnectionAsync();
        await using var command = connection.CreateCommand();
        command.CommandText = sql;
        return Convert.ToInt64(await command.ExecuteScalarAsync());
    }
}
