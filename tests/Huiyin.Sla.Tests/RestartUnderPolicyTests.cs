using Huiyin.Sla.Contracts;
using Huiyin.TestKit;

namespace Huiyin.Sla.Tests;

/// <summary>An item whose attributes change (a complaint raised to Major) takes the stricter policy's windows from now.</summary>
[Collection(SlaCollection.Name)]
public sealed class RestartUnderPolicyTests(SlaApp app) : HuiyinTest(app)
{
    private new SlaApp App => (SlaApp)base.App;

    [Fact]
    public async Task Running_clocks_restart_under_the_policy_now_matching_and_keep_their_breaches()
    {
        var complaint = Guid.NewGuid();
        await App.SendAsync(new StartClocks(SlaWorkType.Complaint, complaint, new ClockAttributes(SlaWorkType.Complaint, Severity: ComplaintSeverity.General),
            [SlaMetric.FirstContact, SlaMetric.Resolution]));
        await App.SendAsync(new FulfilClock(SlaWorkType.Complaint, complaint, SlaMetric.FirstContact, "called back"));
        App.Clock.Advance(TimeSpan.FromHours(25));
        await App.SweepAsync();
        var raisedAt = App.Clock.GetUtcNow();

        var restarted = await App.SendAsync(new RestartClocksUnderPolicy(SlaWorkType.Complaint, complaint,
            new ClockAttributes(SlaWorkType.Complaint, Severity: ComplaintSeverity.Major), "severity raised to Major"));

        var resolution = Assert.Single(restarted.Value);
        Assert.Equal(SlaMetric.Resolution, resolution.Metric);
        Assert.Equal("重大投诉", resolution.PolicyName);
        Assert.Equal(ClockStatus.Running, resolution.Status);
        Assert.InRange(resolution.DueAt - raisedAt, TimeSpan.FromHours(48) - TimeSpan.FromSeconds(2), TimeSpan.FromHours(48) + TimeSpan.FromSeconds(2));
        Assert.Null(resolution.BreachedAt);
        Assert.True(resolution.EverBreached);
        var clocks = await App.SendAsync(new GetItemClocks(SlaWorkType.Complaint, complaint));
        Assert.Equal("一般投诉", clocks.Single(c => c.Metric == SlaMetric.FirstContact).PolicyName);
        var events = await App.SendAsync(new GetItemClockEvents(SlaWorkType.Complaint, complaint));
        Assert.Equal([ClockEventKind.Started, ClockEventKind.Warned, ClockEventKind.Breached, ClockEventKind.Escalated, ClockEventKind.Restarted],
            events.Where(e => e.Metric == SlaMetric.Resolution).Select(e => e.Kind));
        Assert.StartsWith("severity raised to Major", events.Last().Cause);
    }

    [Fact]
    public async Task An_item_without_running_clocks_restarts_nothing()
    {
        var complaint = Guid.NewGuid();
        await App.SendAsync(new StartClocks(SlaWorkType.Complaint, complaint, new ClockAttributes(SlaWorkType.Complaint), [SlaMetric.Resolution]));
        await App.SendAsync(new FulfilClock(SlaWorkType.Complaint, complaint, SlaMetric.Resolution, "resolved"));

        var restarted = await App.SendAsync(new RestartClocksUnderPolicy(SlaWorkType.Complaint, complaint,
            new ClockAttributes(SlaWorkType.Complaint, Severity: ComplaintSeverity.Major), "severity raised to Major"));

        Assert.Empty(restarted.Value);
        Assert.Equal(ClockStatus.Fulfilled, (await App.SendAsync(new GetItemClocks(SlaWorkType.Complaint, complaint))).Single().Status);
    }
}
