using System.Net.Http.Json;
using Huiyin.Callbacks.Contracts;
using Huiyin.Complaints.Contracts;
using Huiyin.Facilities.Contracts;
using Huiyin.Organization.Contracts;
using Huiyin.TestKit;
using Huiyin.Tickets.Contracts;

namespace Huiyin.Callbacks.Tests;

[Collection(ApiCollection.Name)]
public sealed class SchedulingTests(HuiyinApp app) : HuiyinTest(app)
{
    // Friday 8 January 2027 at the desk.
    private static readonly DateTimeOffset Friday = CallbackApi.Local(2027, 1, 8, 10);

    [Fact]
    public async Task A_ticket_resolved_on_a_Friday_is_called_back_on_Monday_by_the_agent_who_took_it_once_however_often_the_event_comes()
    {
        App.SetNow(Friday);
        var agentId = await App.ProvisionAsync("test-agent", StaffRole.Agent);
        var resolved = new TicketResolved(Guid.NewGuid(), "T-20270108-0001", Guid.NewGuid(), [], "更换了厨房水龙头", "system", Friday, agentId);

        await App.DeliverAsync(resolved);
        await App.DeliverAsync(resolved);

        var callback = Assert.Single(await CallbackApi.ListAsync(await App.SignedInAsAsync(StaffRole.Manager)));
        Assert.Equal("TicketResolved", callback.Text("reason"));
        Assert.Equal("Ticket", callback.Text("itemType"));
        Assert.Equal(resolved.TicketId, callback.GetProperty("itemId").GetGuid());
        Assert.Equal(agentId, callback.GetProperty("assigneeId").GetGuid());
        Assert.Equal(CallbackApi.Local(2027, 1, 11, 21), callback.Time("dueAt"));
        Assert.StartsWith("Running", await CallbackApi.ClockStatusAsync(App, callback.Id()));
        Assert.Single(await CallbackApi.OutboxAsync(App), e => e.Type == typeof(CallbackScheduled).FullName);
    }

    [Fact]
    public async Task The_propertys_own_work_order_is_not_called_back_when_resolved_nor_after_its_technicians_visit()
    {
        App.SetNow(Friday);
        var agentId = await App.ProvisionAsync("test-agent", StaffRole.Agent);
        var workOrder = Guid.NewGuid();

        await App.DeliverAsync(new TicketResolved(workOrder, "T-20270108-0002", CreateInternalTicket.NoCustomer, [], "巡检发现的漏水已修复", "system", Friday, agentId));
        await App.DeliverAsync(new TechnicianVisitCompleted(workOrder, Guid.NewGuid(), Guid.NewGuid(), Friday.AddHours(-1), Friday, Friday, CreateInternalTicket.NoCustomer));

        Assert.Empty(await CallbackApi.ListAsync(await App.SignedInAsAsync(StaffRole.Manager)));
        Assert.DoesNotContain(await CallbackApi.OutboxAsync(App), e => e.Type == typeof(CallbackScheduled).FullName);
    }

    [Fact]
    public async Task A_resolved_complaint_is_called_back_within_three_days_by_its_handler_at_its_unit()
    {
        App.SetNow(Friday);
        var handler = await App.ProvisionAsync("test-agent", StaffRole.Agent);
        var place = new ComplaintPlace(Guid.NewGuid(), Guid.NewGuid(), Guid.NewGuid(), "翠苑 3栋 101");
        await App.DeliverAsync(new ComplaintResolved(Guid.NewGuid(), "C-20270108-0001", Guid.NewGuid(), handler, null, "客服部", "客服部", "Effective", "system", Friday, place));

        var callback = Assert.Single(await CallbackApi.ListAsync(await App.SignedInAsAsync(StaffRole.Manager)));
        Assert.Equal("ComplaintResolved", callback.Text("reason"));
        Assert.Equal(handler, callback.GetProperty("ratedStaffId").GetGuid());
        Assert.Equal(place.UnitId, callback.GetProperty("unitId").GetGuid());
        Assert.Equal(CallbackApi.Local(2027, 1, 11, 21), callback.Time("dueAt"));
    }

    [Fact]
    public async Task A_technician_visit_is_called_back_within_a_week_and_rates_the_technician()
    {
        App.SetNow(Friday);
        var technician = Guid.NewGuid();
        await App.DeliverAsync(new TechnicianVisitCompleted(Guid.NewGuid(), Guid.NewGuid(), technician, Friday.AddHours(-1), Friday, Friday, Guid.NewGuid()));

        var callback = Assert.Single(await CallbackApi.ListAsync(await App.SignedInAsAsync(StaffRole.Manager)));
        Assert.Equal("TechnicianVisit", callback.Text("reason"));
        Assert.Equal(technician, callback.GetProperty("ratedStaffId").GetGuid());
        Assert.Equal(CallbackApi.Local(2027, 1, 15, 21), callback.Time("dueAt"));
    }

    [Fact]
    public async Task A_customer_who_moved_in_is_called_back_a_month_later_and_not_again_for_a_second_move_within_the_throttle()
    {
        App.SetNow(Friday);
        var customer = Guid.NewGuid();
        CustomerMovedIn MovedIn(DateTimeOffset at) =>
            new(customer, Guid.NewGuid(), Guid.NewGuid(), Guid.NewGuid(), "翠苑 3栋 101", "Owner", at, null, "system", at);

        await App.DeliverAsync(MovedIn(Friday));
        await App.DeliverAsync(MovedIn(Friday.AddDays(5)));

        var callback = Assert.Single(await CallbackApi.ListAsync(await App.SignedInAsAsync(StaffRole.Manager)));
        Assert.Equal("MoveIn", callback.Text("reason"));
        Assert.Equal(CallbackApi.Local(2027, 2, 8, 21), callback.Time("dueAt"));
        Assert.Equal(callback.Id(), Assert.Single(await CallbackApi.ListAsync(await App.SignedInAsAsync(StaffRole.Manager), "due=upcoming")).Id());
        Assert.Empty(await CallbackApi.ListAsync(await App.SignedInAsAsync(StaffRole.Manager), "due=today"));
    }

    [Fact]
    public async Task Past_the_throttle_the_same_customer_is_surveyed_again()
    {
        App.SetNow(Friday);
        var customer = Guid.NewGuid();
        await App.DeliverAsync(new TechnicianVisitCompleted(Guid.NewGuid(), Guid.NewGuid(), Guid.NewGuid(), Friday, Friday, Friday, customer));
        App.SetNow(Friday.AddDays(CallbackOptions.DefaultThrottleDays + 1));
        await App.DeliverAsync(new TechnicianVisitCompleted(Guid.NewGuid(), Guid.NewGuid(), Guid.NewGuid(), Friday, Friday, Friday, customer));

        Assert.Equal(2, (await CallbackApi.ListAsync(await App.SignedInAsAsync(StaffRole.Manager))).Length);
    }

    [Fact]
    public async Task A_callback_the_customer_asked_for_is_booked_by_hand_for_the_caller_with_its_clock()
    {
        App.SetNow(Friday);
        var agent = await App.SignedInAsAsync(StaffRole.Agent);
        var dueAt = CallbackApi.Local(2027, 1, 8, 16);

        var callback = await CallbackApi.RequestedAsync(agent, await CallbackApi.CustomerAsync(App), dueAt);

        Assert.Equal("Requested", callback.Text("reason"));
        Assert.Equal("Due", callback.Text("status"));
        Assert.Equal(await App.ProvisionAsync("test-agent", StaffRole.Agent), callback.GetProperty("assigneeId").GetGuid());
        Assert.Equal(dueAt, callback.Time("dueAt"));
        Assert.StartsWith("Running", await CallbackApi.ClockStatusAsync(App, callback.Id()));
    }

    [Theory]
    [InlineData("reason", "Annual")]
    [InlineData("dueAt", "2020-01-01T00:00:00+08:00")]
    [InlineData("customerId", "00000000-0000-0000-0000-000000000001")]
    public async Task A_callback_booked_by_hand_with_bad_input_is_a_400_naming_the_field(string field, string value)
    {
        var agent = await App.SignedInAsAsync(StaffRole.Agent);
        var body = new Dictionary<string, object?>
        {
            ["customerId"] = await CallbackApi.CustomerAsync(App), ["reason"] = "Requested", ["dueAt"] = DateTimeOffset.UtcNow.AddDays(1), [field] = value,
        };

        var response = await agent.PostAsJsonAsync(CallbackApi.Route, body);

        await response.ShouldBeValidationProblemForAsync(field);
    }
}
