using System.Net;
using Huiyin.Organization.Contracts;
using Huiyin.TestKit;

namespace Huiyin.Tickets.Tests;

/// <summary>
/// The desk's own clocks end to end on a policy in seconds: a report acknowledged by the SMS receipt (sent once, and only to a
/// customer who agreed) or by the agent's first reply, and the work handed off by its assignment.
/// </summary>
[Collection(TicketsCollection.Name)]
public sealed class AcknowledgementAndHandoffTests(TicketsApp app) : HuiyinTest(app)
{
    private TicketsApp Desk => (TicketsApp)App;

    [Fact]
    public async Task A_consenting_customer_gets_one_receipt_with_number_category_and_promised_time_which_acknowledges_the_report()
    {
        var (agent, ticket) = await DeskDrill.TicketAsync(Desk, smsConsent: true);

        await (await TicketApi.ContactAsync(agent, ticket)).ShouldBeJsonAsync(HttpStatusCode.Created);
        await (await TicketApi.ContactAsync(agent, ticket, outcome: "MessageLeft")).ShouldBeJsonAsync(HttpStatusCode.Created);
        App.Clock.Advance(TimeSpan.FromSeconds(6));
        await Desk.SweepAsync();

        Assert.True(ticket.Sla().GetProperty("acknowledgementMet").GetBoolean());
        var number = ticket.GetProperty("number").GetString();
        Assert.Equal(1, await Desk.CountAsync($"SELECT count(*) FROM notifications.outgoing_messages WHERE related_item_id = '{ticket.Id()}'"));
        Assert.Equal(1, await Desk.CountAsync(
            $"SELECT count(*) FROM notifications.outgoing_messages WHERE text LIKE '%电梯报修%{number}%月%日%' AND phone = '13911112222'"));
        var read = await TicketApi.GetAsync(agent, ticket);
        Assert.False(read.Sla().GetProperty("acknowledgementBreached").GetBoolean());
        Assert.Contains(await DeskDrill.ClockLinesAsync(agent, ticket), line => line is ("Acknowledgement.Fulfilled", _, "SMS receipt sent"));
    }

    [Fact]
    public async Task Without_consent_no_receipt_goes_and_the_first_reply_acknowledges_the_report()
    {
        var (agent, ticket) = await DeskDrill.TicketAsync(Desk, smsConsent: false);
        Assert.False(ticket.Sla().GetProperty("acknowledgementMet").GetBoolean());

        App.Clock.Advance(TimeSpan.FromSeconds(3));
        await (await TicketApi.ContactAsync(agent, ticket)).ShouldBeJsonAsync(HttpStatusCode.Created);
        App.Clock.Advance(TimeSpan.FromSeconds(5));
        await Desk.SweepAsync();

        Assert.Equal(0, await Desk.CountAsync("SELECT count(*) FROM notifications.outgoing_messages"));
        var read = await TicketApi.GetAsync(await App.SignedInAsAsync(StaffRole.Agent), ticket);
        Assert.True(read.Sla().GetProperty("acknowledgementMet").GetBoolean());
        Assert.False(read.Sla().GetProperty("acknowledgementBreached").GetBoolean());
    }

    [Fact]
    public async Task An_unacknowledged_report_breaches_after_its_window_and_reaches_the_supervisors_queue()
    {
        var (_, ticket) = await DeskDrill.TicketAsync(Desk);

        App.Clock.Advance(TimeSpan.FromSeconds(6));
        await Desk.SweepAsync();

        var supervisor = await App.SignedInAsAsync(StaffRole.Supervisor);
        var read = await TicketApi.GetAsync(supervisor, ticket);
        Assert.True(read.Sla().GetProperty("acknowledgementBreached").GetBoolean());
        Assert.False(read.Sla().GetProperty("handoffBreached").GetBoolean());
        var queue = await (await supervisor.GetAsync("/api/v1/sla/escalations")).ShouldBeJsonAsync(HttpStatusCode.OK);
        Assert.Contains(queue.GetProperty("items").EnumerateArray(),
            e => e.GetProperty("itemId").GetGuid() == ticket.Id() && e.GetProperty("metric").GetString() == "Acknowledgement");
    }

    [Fact]
    public async Task Assignment_within_the_hour_hands_the_work_off_and_a_late_one_is_breached()
    {
        var (agent, onTime) = await DeskDrill.TicketAsync(Desk);
        var late = await TicketApi.CreateAsync(agent, TicketApi.Repair(onTime.GetProperty("customerId").GetGuid(), category: "Lift"));
        var technician = await App.ProvisionAsync("lift-tech", StaffRole.Technician);
        var supervisor = await App.SignedInAsAsync(StaffRole.Supervisor);

        await (await TicketApi.ActAsync(supervisor, onTime, "assign", new { technicianId = technician })).ShouldBeJsonAsync(HttpStatusCode.OK);
        App.Clock.Advance(TimeSpan.FromSeconds(9));
        await Desk.SweepAsync();
        supervisor = await App.SignedInAsAsync(StaffRole.Supervisor);
        var assignedLate = await (await TicketApi.ActAsync(supervisor, late, "assign", new { technicianId = technician })).ShouldBeJsonAsync(HttpStatusCode.OK);

        var metInTime = await TicketApi.GetAsync(supervisor, onTime);
        Assert.True(metInTime.Sla().GetProperty("handoffMet").GetBoolean());
        Assert.False(metInTime.Sla().GetProperty("handoffBreached").GetBoolean());
        Assert.True(assignedLate.Sla().GetProperty("handoffMet").GetBoolean());
        Assert.True(assignedLate.Sla().GetProperty("handoffBreached").GetBoolean());
        Assert.Contains(await DeskDrill.ClockLinesAsync(supervisor, onTime), line => line is ("Handoff.Fulfilled", _, "assigned"));
    }

    [Fact]
    public async Task A_logged_call_to_the_department_hands_the_work_off_and_a_cancelled_ticket_cannot_be_handed_off()
    {
        var (agent, ticket) = await DeskDrill.TicketAsync(Desk);
        var works = Guid.CreateVersion7();

        await (await TicketApi.ActAsync(agent, ticket, "hand-off", new { teamId = works, note = "" })).ShouldBeValidationProblemForAsync("note");
        var handedOff = await (await TicketApi.ActAsync(agent, ticket, "hand-off", new { teamId = works, note = "已电话通知工程部张班长" }))
            .ShouldBeJsonAsync(HttpStatusCode.OK);
        await (await TicketApi.ActAsync(agent, ticket, "cancel", new { reason = "业主撤回报修" })).ShouldBeJsonAsync(HttpStatusCode.OK);
        var afterCancel = await TicketApi.ActAsync(agent, ticket, "hand-off", new { teamId = works, note = "再次通知" });

        Assert.True(handedOff.Sla().GetProperty("handoffMet").GetBoolean());
        Assert.Equal(works, handedOff.GetProperty("teamId").GetGuid());
        Assert.Equal("New", handedOff.Status());
        await afterCancel.ShouldBeProblemAsync(HttpStatusCode.Conflict);
    }
}
