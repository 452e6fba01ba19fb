using System.Net;
using System.Text.Json;
using Huiyin.Organization.Contracts;
using Huiyin.TestKit;

namespace Huiyin.Complaints.Tests;

/// <summary>A complaint's timeline: its own history with who and the words given, and its clocks' events, in order.</summary>
[Collection(ApiCollection.Name)]
public sealed class TimelineTests(HuiyinApp app) : HuiyinTest(app)
{
    [Fact]
    public async Task The_timeline_holds_registration_contact_severity_and_investigation_with_the_clock_events_in_order()
    {
        var agent = await App.SignedInAsAsync(StaffRole.Agent);
        var complaint = await ComplaintApi.RegisteredAsync(agent, ComplaintApi.Body(await ComplaintApi.CustomerAsync(App)));
        App.Clock.Advance(TimeSpan.FromMinutes(1));
        await (await ComplaintApi.LogContactAsync(agent, complaint)).ShouldBeJsonAsync(HttpStatusCode.Created);
        App.Clock.Advance(TimeSpan.FromMinutes(1));
        await (await ComplaintApi.RaiseAsync(agent, complaint, "Important", "业主情绪激动")).ShouldBeJsonAsync(HttpStatusCode.OK);
        App.Clock.Advance(TimeSpan.FromMinutes(1));
        await ComplaintApi.SteppedAsync(agent, complaint, "investigate");

        var lines = await TimelineAsync(agent, complaint);

        Assert.Equal(["registered", "contact_logged", "severity_raised", "step_taken"], lines.Where(l => l.Text("source") == "complaint").Select(l => l.Text("code")));
        Assert.Equal(lines.Select(l => l.GetProperty("at").GetDateTimeOffset()).Order(), lines.Select(l => l.GetProperty("at").GetDateTimeOffset()));
        var clockLines = lines.Where(l => l.Text("source") == "clock").Select(l => $"{l.Text("code")}:{l.Text("metric")}").ToList();
        Assert.Equal(
            ["clock_started:Acknowledgement", "clock_started:FirstContact", "clock_started:Handoff", "clock_started:Investigation", "clock_started:Resolution"],
            clockLines.Take(5).Order());
        Assert.Equal(["clock_fulfilled:Acknowledgement", "clock_fulfilled:FirstContact"], clockLines.Skip(5).Take(2).Order());
        Assert.Equal(["clock_restarted:Resolution", "clock_fulfilled:Investigation"], clockLines.Skip(7));
        var raised = lines.Single(l => l.Text("code") == "severity_raised").GetProperty("args");
        Assert.Equal(("General", "Important", "业主情绪激动"), (raised.Text("from"), raised.Text("to"), raised.Text("reason")));
        var investigated = lines.Single(l => l.Text("code") == "step_taken");
        Assert.Equal(("Registered", "Investigated"), (investigated.Text("fromStatus"), investigated.Text("toStatus")));
        Assert.Equal("前台确有推诿", investigated.GetProperty("args").Text("findings"));
        Assert.StartsWith("staff:", investigated.Text("actor"));
    }

    [Fact]
    public async Task Every_handling_step_and_the_reopening_get_a_line_with_the_status_reached()
    {
        var reopened = await ComplaintApi.InStatusAsync(App, "Reopened");

        var steps = (await TimelineAsync(await App.SignedInAsAsync(StaffRole.Agent), reopened)).Where(l => l.Text("code") == "step_taken").ToList();

        Assert.Equal(ComplaintApi.Path.Select(p => p.Reaches), steps.Select(l => l.Text("toStatus")));
        Assert.Equal("致歉并减免当月服务费", steps.Single(l => l.Text("toStatus") == "RemedyDecided").GetProperty("args").Text("remedy"));
        Assert.Equal("业主反映问题复发", steps.Last().GetProperty("args").Text("reason"));
    }

    [Fact]
    public async Task A_repeat_is_on_the_timeline_with_the_severity_it_raised_and_an_unknown_complaint_is_404()
    {
        var agent = await App.SignedInAsAsync(StaffRole.Agent);
        var body = ComplaintApi.Body(await ComplaintApi.CustomerAsync(App));
        var complaint = await ComplaintApi.RegisteredAsync(agent, body);
        await (await ComplaintApi.RegisterAsync(agent, body.With("sameMatterAs", complaint.Id()))).ShouldBeJsonAsync(HttpStatusCode.OK);

        var codes = (await TimelineAsync(agent, complaint)).Where(l => l.Text("source") == "complaint").Select(l => l.Text("code")).ToList();

        Assert.Equal(["registered", "repeat_counted", "severity_raised"], codes);
        await (await agent.GetAsync($"/api/v1/complaints/{Guid.NewGuid()}/timeline")).ShouldBeProblemAsync(HttpStatusCode.NotFound);
    }

    private static async Task<List<JsonElement>> TimelineAsync(HttpClient caller, JsonElement complaint) =>
        (await (await caller.GetAsync($"/api/v1/complaints/{complaint.Id()}/timeline")).ShouldBeJsonAsync(HttpStatusCode.OK)).GetProperty("items").EnumerateArray().ToList();
}
