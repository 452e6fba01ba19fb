using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Huiyin.Complaints.Contracts;
using Huiyin.Organization.Contracts;
using Huiyin.TestKit;

namespace Huiyin.Complaints.Tests;

[Collection(ApiCollection.Name)]
public sealed class SeverityAndAccessTests(HuiyinApp app) : HuiyinTest(app)
{
    [Fact]
    public async Task The_handler_raises_the_severity_with_a_reason_and_the_owner_follows()
    {
        var agent = await App.SignedInAsAsync(StaffRole.Agent);
        var complaint = await ComplaintApi.RegisteredAsync(agent, ComplaintApi.Body(await ComplaintApi.CustomerAsync(App)));

        var raised = await (await ComplaintApi.RaiseAsync(agent, complaint, "Major")).ShouldBeJsonAsync(HttpStatusCode.OK);
        var again = await ComplaintApi.RaiseAsync(agent, complaint, "Major");

        Assert.Equal("Major", raised.Text("severity"));
        Assert.Equal("General", raised.Text("ruleSeverity"));
        Assert.Equal("Executive", raised.Text("ownerRole"));
        Assert.Equal("业主情绪激动，反复来电", raised.Text("severityRaisedReason"));
        Assert.Equal("severity_not_raised", (await again.ShouldBeProblemAsync(HttpStatusCode.UnprocessableEntity)).Text("code"));
        var events = await ComplaintApi.OutboxAsync(App);
        Assert.Equal([typeof(ComplaintRegistered).FullName!, typeof(ComplaintSeverityRaised).FullName!], events.Select(e => e.Type));
        Assert.Equal("General", events[1].Payload.Text("previousSeverity"));
        Assert.Equal(complaint.Text("customerId"), events[1].Payload.Text("customerId"));
    }

    [Fact]
    public async Task Lowering_below_the_rule_is_a_422_naming_the_rules_severity_and_changes_nothing()
    {
        var agent = await App.SignedInAsAsync(StaffRole.Agent);
        var complaint = await ComplaintApi.RegisteredAsync(agent, ComplaintApi.Body(await ComplaintApi.CustomerAsync(App)).With("householdsAffected", 10));

        var lowered = await ComplaintApi.RaiseAsync(agent, complaint, "Important");

        var problem = await lowered.ShouldBeProblemAsync(HttpStatusCode.UnprocessableEntity);
        Assert.Equal("severity_below_rule", problem.Text("code"));
        Assert.Contains("Major", problem.Text("detail"));
        var read = await (await agent.GetAsync($"/api/v1/complaints/{complaint.Id()}")).ShouldBeJsonAsync(HttpStatusCode.OK);
        Assert.Equal("Major", read.Text("severity"));
        Assert.Single(await ComplaintApi.OutboxAsync(App));
    }

    [Fact]
    public async Task A_raise_honours_if_match_and_needs_a_reason()
    {
        var agent = await App.SignedInAsAsync(StaffRole.Agent);
        var complaint = await ComplaintApi.RegisteredAsync(agent, ComplaintApi.Body(await ComplaintApi.CustomerAsync(App)));
        var stale = new HttpRequestMessage(HttpMethod.Post, $"/api/v1/complaints/{complaint.Id()}/severity")
        {
            Content = JsonContent.Create(new { severity = "Important", reason = "媒体已关注" }),
        };
        stale.Headers.IfMatch.ParseAdd("\"1\"");

        await (await agent.SendAsync(stale)).ShouldBeProblemAsync(HttpStatusCode.PreconditionFailed);
        await (await ComplaintApi.RaiseAsync(agent, complaint, "Important", reason: " ")).ShouldBeValidationProblemForAsync("reason");
        await (await agent.PostAsJsonAsync($"/api/v1/complaints/{Guid.NewGuid()}/severity", new { severity = "Major", reason = "x" }))
            .ShouldBeProblemAsync(HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task Any_staff_member_takes_a_complaint_in_but_only_handlers_raise_and_readers_read()
    {
        var technician = await App.SignedInAsAsync(StaffRole.Technician);
        var admin = await App.SignedInAsAsync(StaffRole.Admin);
        var body = ComplaintApi.Body(await ComplaintApi.CustomerAsync(App));

        var taken = await ComplaintApi.RegisteredAsync(technician, body);

        Assert.Equal(HttpStatusCode.Forbidden, (await technician.GetAsync("/api/v1/complaints")).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await technician.GetAsync($"/api/v1/complaints/{taken.Id()}")).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await ComplaintApi.RaiseAsync(technician, taken, "Major")).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await ComplaintApi.RegisterAsync(admin, body)).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await admin.GetAsync($"/api/v1/complaints/{taken.Id()}")).StatusCode);
    }

    [Fact]
    public async Task The_list_filters_by_severity_and_status_newest_first_a_page_at_a_time()
    {
        var agent = await App.SignedInAsAsync(StaffRole.Agent);
        var customer = await ComplaintApi.CustomerAsync(App);
        var general = await ComplaintApi.RegisteredAsync(agent, ComplaintApi.Body(customer));
        var major = await ComplaintApi.RegisteredAsync(agent, ComplaintApi.Body(customer).With("injuryOrHeavyLoss", true).With("notSameMatter", true));
        var newest = await ComplaintApi.RegisteredAsync(agent, ComplaintApi.Body(customer).With("lawsuitOrMedia", true).With("notSameMatter", true));

        var majors = await (await agent.GetAsync("/api/v1/complaints?severity=Major&status=Registered")).ShouldBeJsonAsync(HttpStatusCode.OK);
        var first = await (await agent.GetAsync("/api/v1/complaints?limit=2")).ShouldBeJsonAsync(HttpStatusCode.OK);
        var rest = await (await agent.GetAsync($"/api/v1/complaints?limit=2&cursor={first.Text("nextCursor")}")).ShouldBeJsonAsync(HttpStatusCode.OK);
        var bad = await agent.GetAsync("/api/v1/complaints?severity=Huge");

        Assert.Equal([major.Id()], majors.GetProperty("items").EnumerateArray().Select(c => c.Id()));
        Assert.Equal([newest.Id(), major.Id()], first.GetProperty("items").EnumerateArray().Select(c => c.Id()));
        Assert.Equal([general.Id()], rest.GetProperty("items").EnumerateArray().Select(c => c.Id()));
        Assert.Equal(JsonValueKind.Null, rest.GetProperty("nextCursor").ValueKind);
        await bad.ShouldBeValidationProblemForAsync("severity");
    }
}
