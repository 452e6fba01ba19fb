using System.Net;
using Huiyin.Organization.Contracts;
using Huiyin.TestKit;

namespace Huiyin.Complaints.Tests;

/// <summary>"Investigated the same day" is a clock: due at the end of the desk's day of registration, met by the investigation.</summary>
[Collection(ApiCollection.Name)]
public sealed class SameDayInvestigationTests(HuiyinApp app) : HuiyinTest(app)
{
    private static readonly TimeZoneInfo Desk = TimeZoneInfo.FindSystemTimeZoneById("Asia/Shanghai");

    [Fact]
    public async Task The_investigation_is_due_at_the_end_of_the_desk_day_and_the_investigation_meets_it()
    {
        var agent = await App.SignedInAsAsync(StaffRole.Agent);
        var registeredAt = App.Clock.GetUtcNow();
        var complaint = await ComplaintApi.RegisteredAsync(agent, ComplaintApi.Body(await ComplaintApi.CustomerAsync(App)));

        var due = complaint.GetProperty("sla").GetProperty("investigation");
        Assert.Equal(EndOfDeskDay(registeredAt), due.GetProperty("dueAt").GetDateTimeOffset());
        Assert.False(due.GetProperty("breached").GetBoolean());

        var investigated = await ComplaintApi.SteppedAsync(agent, complaint, "investigate");

        var met = investigated.GetProperty("sla").GetProperty("investigation");
        Assert.False(met.GetProperty("breached").GetBoolean());
        Assert.InRange(met.GetProperty("doneAt").GetDateTimeOffset(), registeredAt, App.Clock.GetUtcNow());
        Assert.Equal("Fulfilled", await ComplaintApi.ClockStatusAsync(App, complaint.Id(), "Investigation"));
    }

    [Fact]
    public async Task A_complaint_not_investigated_by_the_end_of_the_day_is_breached_and_a_raised_severity_does_not_move_the_day()
    {
        var agent = await App.SignedInAsAsync(StaffRole.Agent);
        var complaint = await ComplaintApi.RegisteredAsync(agent, ComplaintApi.Body(await ComplaintApi.CustomerAsync(App)));
        var dueAt = complaint.GetProperty("sla").GetProperty("investigation").GetProperty("dueAt").GetDateTimeOffset();
        var raised = await (await ComplaintApi.RaiseAsync(agent, complaint, "Major")).ShouldBeJsonAsync(HttpStatusCode.OK);
        Assert.Equal(dueAt, raised.GetProperty("sla").GetProperty("investigation").GetProperty("dueAt").GetDateTimeOffset());

        App.Clock.Advance(dueAt - App.Clock.GetUtcNow() + TimeSpan.FromMinutes(1));
        await ComplaintApi.SweepAsync(App);
        agent = await App.SignedInAsAsync(StaffRole.Agent);
        var breached = await ComplaintApi.EventuallyAsync(() => ComplaintApi.ListedAsync(agent, "breached=true"));
        var late = await ComplaintApi.SteppedAsync(agent, complaint, "investigate");

        Assert.Equal([complaint.Id()], breached.Select(c => c.Id()));
        Assert.True(late.GetProperty("sla").GetProperty("investigation").GetProperty("breached").GetBoolean());
        Assert.Equal("Fulfilled", await ComplaintApi.ClockStatusAsync(App, complaint.Id(), "Investigation"));
    }

    private static DateTimeOffset EndOfDeskDay(DateTimeOffset at)
    {
        var midnight = TimeZoneInfo.ConvertTime(at, Desk).Date.AddDays(1);
        return new DateTimeOffset(midnight, Desk.GetUtcOffset(midnight)).ToUniversalTime();
    }
}
