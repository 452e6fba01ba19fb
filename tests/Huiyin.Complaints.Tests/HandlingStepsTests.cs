using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Huiyin.Complaints.Contracts;
using Huiyin.Organization.Contracts;
using Huiyin.TestKit;

namespace Huiyin.Complaints.Tests;

[Collection(ApiCollection.Name)]
public sealed class HandlingStepsTests(HuiyinApp app) : HuiyinTest(app)
{
    [Fact]
    public async Task A_complaint_runs_from_registration_to_closed_its_first_contact_clock_stopping_at_investigation_and_its_resolution_clock_on_resolution()
    {
        var agent = await App.SignedInAsAsync(StaffRole.Agent);
        var manager = await App.SignedInAsAsync(StaffRole.Manager);
        var complaint = await ComplaintApi.RegisteredAsync(agent, ComplaintApi.Body(await ComplaintApi.CustomerAsync(App)));

        var firstContactBefore = await ComplaintApi.ClockStatusAsync(App, complaint.Id(), "FirstContact");
        var investigated = await ComplaintApi.SteppedAsync(agent, complaint, "investigate");
        var firstContactAfter = await ComplaintApi.ClockStatusAsync(App, complaint.Id(), "FirstContact");
        var proposed = await ComplaintApi.SteppedAsync(agent, complaint, "propose-remedy");
        var decided = await ComplaintApi.SteppedAsync(manager, complaint, "decide-remedy");
        var carriedOut = await ComplaintApi.SteppedAsync(agent, complaint, "carry-out");
        var resolved = await ComplaintApi.SteppedAsync(agent, complaint, "confirm");
        var clockOnResolution = await ComplaintApi.ResolutionClockStatusAsync(App, complaint.Id());
        var closed = await ComplaintApi.SteppedAsync(agent, complaint, "close");

        Assert.Equal(["Investigated", "RemedyProposed", "RemedyDecided", "CarriedOut", "Resolved", "Closed"],
            new[] { investigated, proposed, decided, carriedOut, resolved, closed }.Select(c => c.Text("status")));
        Assert.Equal(["investigate"], complaint.Strings("allowedActions"));
        Assert.Equal(["propose-remedy", "decide-remedy"], proposed.Strings("allowedActions"));
        Assert.Equal(["reopen"], closed.Strings("allowedActions"));
        var handling = closed.GetProperty("handling");
        Assert.Equal("Effective", closed.Text("validity"));
        Assert.Equal("StaffAttitude", handling.Text("rootCause"));
        Assert.Equal("当面致歉并减免当月服务费", handling.Text("remedyProposal"));
        Assert.Equal("客服部", handling.Text("responsibleDepartment"));
        Assert.Equal("已上门致歉，费用已减免", handling.Text("workDone"));
        Assert.NotEqual(JsonValueKind.Null, handling.GetProperty("resolvedAt").ValueKind);
        Assert.NotEqual(JsonValueKind.Null, handling.GetProperty("closedAt").ValueKind);
        Assert.Equal("Fulfilled", clockOnResolution);
        Assert.Equal(("Running", "Fulfilled"), (firstContactBefore, firstContactAfter));
        var events = await ComplaintApi.OutboxAsync(App);
        Assert.Equal(
            [typeof(ComplaintRegistered).FullName!, typeof(ComplaintValidityDetermined).FullName!, typeof(ComplaintResolved).FullName!, typeof(ComplaintClosed).FullName!],
            events.Select(e => e.Type));
        var resolvedEvent = events[2].Payload;
        Assert.Equal(complaint.Text("customerId"), resolvedEvent.Text("customerId"));
        Assert.Equal(handling.Text("investigatedById"), resolvedEvent.Text("handledById"));
        Assert.Equal("客服部", resolvedEvent.Text("targetDepartment"));
    }

    [Fact]
    public async Task A_remedy_the_customer_does_not_accept_goes_back_to_a_proposal_and_a_new_decision()
    {
        var agent = await App.SignedInAsAsync(StaffRole.Agent);
        var manager = await App.SignedInAsAsync(StaffRole.Manager);
        var complaint = await ComplaintApi.RegisteredAsync(agent, ComplaintApi.Body(await ComplaintApi.CustomerAsync(App)));
        foreach (var (caller, action) in new[] { (agent, "investigate"), (agent, "propose-remedy"), (manager, "decide-remedy"), (agent, "carry-out") })
        {
            await ComplaintApi.SteppedAsync(caller, complaint, action);
        }

        var refused = await ComplaintApi.SteppedAsync(agent, complaint, "confirm", new { accepted = false, feedback = "减免金额太少" });
        await ComplaintApi.SteppedAsync(agent, complaint, "propose-remedy", new { proposal = "减免两个月服务费" });
        await ComplaintApi.SteppedAsync(manager, complaint, "decide-remedy");
        await ComplaintApi.SteppedAsync(agent, complaint, "carry-out");
        var accepted = await ComplaintApi.SteppedAsync(agent, complaint, "confirm");

        Assert.Equal("RemedyProposed", refused.Text("status"));
        Assert.Equal("减免金额太少", refused.GetProperty("handling").Text("customerFeedback"));
        Assert.Equal(JsonValueKind.Null, refused.GetProperty("handling").GetProperty("resolvedAt").ValueKind);
        Assert.Equal("Resolved", accepted.Text("status"));
        Assert.Equal("减免两个月服务费", accepted.GetProperty("handling").Text("remedyProposal"));
        Assert.Single(await ComplaintApi.OutboxAsync(App), e => e.Type == typeof(ComplaintResolved).FullName);
    }

    [Fact]
    public async Task Reopening_restarts_the_resolution_clock_and_the_complaint_is_investigated_again()
    {
        var agent = await App.SignedInAsAsync(StaffRole.Agent);
        var complaint = await ComplaintApi.ResolvedAsync(App);

        var reopened = await ComplaintApi.SteppedAsync(agent, complaint, "reopen");

        Assert.Equal("Reopened", reopened.Text("status"));
        Assert.Equal(["investigate"], reopened.Strings("allowedActions"));
        Assert.Equal("Running", await ComplaintApi.ResolutionClockStatusAsync(App, complaint.Id()));
        var reopenedEvent = Assert.Single(await ComplaintApi.OutboxAsync(App), e => e.Type == typeof(ComplaintReopened).FullName).Payload;
        Assert.Equal("业主反映问题复发", reopenedEvent.Text("reason"));
        Assert.Equal(complaint.Text("customerId"), reopenedEvent.Text("customerId"));
    }

    [Fact]
    public async Task Only_a_manager_decides_the_remedy()
    {
        var agent = await App.SignedInAsAsync(StaffRole.Agent);
        var supervisor = await App.SignedInAsAsync(StaffRole.Supervisor);
        var complaint = await ComplaintApi.RegisteredAsync(agent, ComplaintApi.Body(await ComplaintApi.CustomerAsync(App)));
        await ComplaintApi.SteppedAsync(agent, complaint, "investigate");
        await ComplaintApi.SteppedAsync(agent, complaint, "propose-remedy");

        Assert.Equal(HttpStatusCode.Forbidden, (await ComplaintApi.StepAsync(agent, complaint, "decide-remedy")).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await ComplaintApi.StepAsync(supervisor, complaint, "decide-remedy")).StatusCode);
        var read = await (await agent.GetAsync($"/api/v1/complaints/{complaint.Id()}")).ShouldBeJsonAsync(HttpStatusCode.OK);
        Assert.Equal("RemedyProposed", read.Text("status"));
    }

    [Theory]
    [InlineData("Effective", true)]
    [InlineData("HelpSeeking", false)]
    [InlineData("Enquiry", false)]
    public async Task The_investigation_records_the_validity_and_only_an_effective_complaint_counts_against_staff(string validity, bool counts)
    {
        var agent = await App.SignedInAsAsync(StaffRole.Agent);
        var staffId = await App.ProvisionAsync("test-technician", StaffRole.Technician);
        var complaint = await ComplaintApi.RegisteredAsync(agent,
            ComplaintApi.Body(await ComplaintApi.CustomerAsync(App)).With("targetKind", "Staff").With("targetStaffId", staffId).With("targetDepartment", "工程部"));

        var investigated = await ComplaintApi.SteppedAsync(agent, complaint, "investigate",
            new { findings = "核实经过", validity, validityReason = "依据现场记录", rootCause = "Miscommunication" });

        Assert.Equal(validity, investigated.Text("validity"));
        Assert.Equal("依据现场记录", investigated.GetProperty("handling").Text("validityReason"));
        Assert.Equal(counts, investigated.GetProperty("handling").GetProperty("countsAgainstStaff").GetBoolean());
        var determined = Assert.Single(await ComplaintApi.OutboxAsync(App), e => e.Type == typeof(ComplaintValidityDetermined).FullName).Payload;
        Assert.Equal(counts, determined.GetProperty("countsAgainstStaff").GetBoolean());
        Assert.Equal(validity, determined.Text("validity"));
        Assert.Equal(staffId, determined.GetProperty("targetStaffId").GetGuid());
        Assert.Equal("工程部", determined.Text("targetDepartment"));
        Assert.Equal(investigated.GetProperty("handling").Text("investigatedById"), determined.Text("investigatedById"));
        var listed = await (await agent.GetAsync($"/api/v1/complaints?validity={validity}")).ShouldBeJsonAsync(HttpStatusCode.OK);
        Assert.Equal([complaint.Id()], listed.GetProperty("items").EnumerateArray().Select(c => c.Id()));
    }

    [Fact]
    public async Task A_step_honours_if_match()
    {
        var agent = await App.SignedInAsAsync(StaffRole.Agent);
        var complaint = await ComplaintApi.RegisteredAsync(agent, ComplaintApi.Body(await ComplaintApi.CustomerAsync(App)));
        var read = await agent.GetAsync($"/api/v1/complaints/{complaint.Id()}");
        var etag = read.Headers.ETag!;
        await ComplaintApi.SteppedAsync(agent, complaint, "investigate");
        var stale = new HttpRequestMessage(HttpMethod.Post, $"/api/v1/complaints/{complaint.Id()}/propose-remedy")
        {
            Content = JsonContent.Create(ComplaintApi.StepBody("propose-remedy")),
        };
        stale.Headers.IfMatch.Add(etag);

        await (await agent.SendAsync(stale)).ShouldBeProblemAsync(HttpStatusCode.PreconditionFailed);
        var now = await (await agent.GetAsync($"/api/v1/complaints/{complaint.Id()}")).ShouldBeJsonAsync(HttpStatusCode.OK);
        Assert.Equal("Investigated", now.Text("status"));
    }

    [Fact]
    public async Task A_step_sent_without_if_match_while_the_desk_changes_the_complaint_is_taken_on_the_changed_complaint()
    {
        var agent = await App.SignedInAsAsync(StaffRole.Agent);
        var complaint = await ComplaintApi.RegisteredAsync(agent, ComplaintApi.Body(await ComplaintApi.CustomerAsync(App)));
        await ComplaintApi.EventsDeliveredAsync(App);

        var raised = await RaiseWhileTheComplaintChangesAsync(agent, complaint, ifMatch: null);

        Assert.Equal("Major", (await raised.ShouldBeJsonAsync(HttpStatusCode.OK)).Text("severity"));
        Assert.Single(await ComplaintApi.OutboxAsync(App), e => e.Type == typeof(ComplaintSeverityRaised).FullName);
    }

    [Fact]
    public async Task A_step_sent_with_the_if_match_of_before_the_change_is_412_however_the_race_falls()
    {
        var agent = await App.SignedInAsAsync(StaffRole.Agent);
        var complaint = await ComplaintApi.RegisteredAsync(agent, ComplaintApi.Body(await ComplaintApi.CustomerAsync(App)));
        await ComplaintApi.EventsDeliveredAsync(App);
        var etag = (await agent.GetAsync($"/api/v1/complaints/{complaint.Id()}")).Headers.ETag!;

        var raised = await RaiseWhileTheComplaintChangesAsync(agent, complaint, etag);

        await raised.ShouldBeProblemAsync(HttpStatusCode.PreconditionFailed);
        var now = await (await agent.GetAsync($"/api/v1/complaints/{complaint.Id()}")).ShouldBeJsonAsync(HttpStatusCode.OK);
        Assert.Equal("General", now.Text("severity"));
        Assert.DoesNotContain(await ComplaintApi.OutboxAsync(App), e => e.Type == typeof(ComplaintSeverityRaised).FullName);
    }

    /// <summary>Raises the severity while another session holds the complaint changed: the raise reads it as it was, and saves after the change commits.</summary>
    private Task<HttpResponseMessage> RaiseWhileTheComplaintChangesAsync(HttpClient caller, JsonElement complaint, System.Net.Http.Headers.EntityTagHeaderValue? ifMatch)
    {
        var raise = new HttpRequestMessage(HttpMethod.Post, $"/api/v1/complaints/{complaint.Id()}/severity")
        {
            Content = JsonContent.Create(new { severity = "Major", reason = "业主情绪激动，反复来电" }),
        };
        if (ifMatch is not null)
        {
            raise.Headers.IfMatch.Add(ifMatch);
        }

        return App.WhileAnotherSessionChangesAsync($"UPDATE complaints.complaints SET severity = severity WHERE id = '{complaint.Id()}'", () => caller.SendAsync(raise));
    }
}
