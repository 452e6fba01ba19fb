using System.Net;
using System.Text.Json;
using Huiyin.Complaints.Contracts;
using Huiyin.Complaints.Jobs;
using Huiyin.Organization.Contracts;
using Huiyin.TestKit;
using MediatR;
using Microsoft.Extensions.DependencyInjection;

namespace Huiyin.Complaints.Tests;

/// <summary>A severity that rises — by the handler or by the 30-day rule — restarts the deadlines under the stricter policy.</summary>
[Collection(ApiCollection.Name)]
public sealed class SeverityRiseTests(HuiyinApp app) : HuiyinTest(app)
{
    [Fact]
    public async Task Raising_the_severity_restarts_the_running_deadlines_under_the_stricter_policy()
    {
        var agent = await App.SignedInAsAsync(StaffRole.Agent);
        var complaint = await ComplaintApi.RegisteredAsync(agent, ComplaintApi.Body(await ComplaintApi.CustomerAsync(App)));
        App.Clock.Advance(TimeSpan.FromHours(2));
        var raisedAt = App.Clock.GetUtcNow();

        var raised = await (await ComplaintApi.RaiseAsync(await App.SignedInAsAsync(StaffRole.Agent), complaint, "Major")).ShouldBeJsonAsync(HttpStatusCode.OK);

        var sla = raised.GetProperty("sla");
        Assert.Equal("重大投诉", sla.GetProperty("policy").GetString());
        Assert.InRange(sla.GetProperty("resolutionDueAt").GetDateTimeOffset() - raisedAt, TimeSpan.FromHours(48) - TimeSpan.FromSeconds(2), TimeSpan.FromHours(48) + TimeSpan.FromSeconds(2));
        Assert.InRange(sla.GetProperty("firstContactDueAt").GetDateTimeOffset() - raisedAt, TimeSpan.FromHours(3) - TimeSpan.FromSeconds(2), TimeSpan.FromHours(3) + TimeSpan.FromSeconds(2));
        Assert.Equal("Handler", (await ComplaintApi.OutboxAsync(App)).Last().Payload.Text("cause"));
    }

    [Fact]
    public async Task An_effective_complaint_still_open_after_30_days_becomes_major_once_with_its_cause()
    {
        var open = await ComplaintApi.InStatusAsync(App, "Investigated");
        var young = await ComplaintApi.InStatusAsync(App, "Investigated");
        var resolved = await ComplaintApi.ResolvedAsync(App);
        App.Clock.Advance(TimeSpan.FromDays(30) - TimeSpan.FromHours(1));
        var youngRegistration = await ComplaintApi.InStatusAsync(App, "Investigated");
        App.Clock.Advance(TimeSpan.FromHours(2));

        await ApplyThirtyDayRuleAsync();
        await ApplyThirtyDayRuleAsync();

        var agent = await App.SignedInAsAsync(StaffRole.Agent);
        Assert.Equal("Major", (await ReadAsync(agent, open)).Text("severity"));
        Assert.Equal("Executive", (await ReadAsync(agent, open)).Text("ownerRole"));
        Assert.Equal("General", (await ReadAsync(agent, youngRegistration)).Text("severity"));
        Assert.Equal("General", (await ReadAsync(agent, resolved)).Text("severity"));
        var rises = (await ComplaintApi.OutboxAsync(App)).Where(e => e.Type == typeof(ComplaintSeverityRaised).FullName).Select(e => e.Payload).ToList();
        Assert.Equal([open.Id(), young.Id()], rises.Select(r => r.GetProperty("complaintId").GetGuid()).Order());
        Assert.All(rises, r => Assert.Equal("OpenThirtyDays", r.Text("cause")));
        Assert.All(rises, r => Assert.Equal("system", r.Text("actor")));
    }

    [Fact]
    public async Task A_communication_complaint_is_not_made_major_by_time()
    {
        var agent = await App.SignedInAsAsync(StaffRole.Agent);
        var complaint = await ComplaintApi.RegisteredAsync(agent, ComplaintApi.Body(await ComplaintApi.CustomerAsync(App)));
        await ComplaintApi.SteppedAsync(agent, complaint, "investigate",
            new { findings = "业主咨询维修进度", validity = "Enquiry", validityReason = "属于咨询", rootCause = "Miscommunication" });
        App.Clock.Advance(TimeSpan.FromDays(31));

        await ApplyThirtyDayRuleAsync();

        Assert.Equal("General", (await ReadAsync(await App.SignedInAsAsync(StaffRole.Agent), complaint)).Text("severity"));
    }

    private async Task ApplyThirtyDayRuleAsync()
    {
        await using var scope = App.Services.CreateAsyncScope();
        Assert.True((await scope.ServiceProvider.GetRequiredService<IMediator>().Send(new ApplyThirtyDayRule())).IsSuccess);
    }

    private static async Task<JsonElement> ReadAsync(HttpClient caller, JsonElement complaint) =>
        await (await caller.GetAsync($"/api/v1/complaints/{complaint.Id()}")).ShouldBeJsonAsync(HttpStatusCode.OK);
}
