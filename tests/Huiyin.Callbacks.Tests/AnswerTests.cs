using System.Net;
using System.Text.Json;
using Huiyin.Organization.Contracts;
using Huiyin.TestKit;

namespace Huiyin.Callbacks.Tests;

[Collection(ApiCollection.Name)]
public sealed class AnswerTests(HuiyinApp app) : HuiyinTest(app)
{
    [Fact]
    public async Task A_resolved_ticket_is_called_back_by_the_agent_who_took_it_and_a_satisfied_customer_closes_it()
    {
        var ticket = await Cases.ResolvedTicketAsync(App, await CallbackApi.CustomerAsync(App));
        var callback = await Cases.CallbackForAsync(App, ticket.Id());
        var agent = await App.SignedInAsAsync(StaffRole.Agent);

        var done = await (await CallbackApi.AttemptAsync(agent, callback.Id(), new { outcome = "Reached", satisfaction = 5 })).ShouldBeJsonAsync(HttpStatusCode.Created);

        Assert.Equal(await App.ProvisionAsync("test-agent", StaffRole.Agent), callback.GetProperty("assigneeId").GetGuid());
        Assert.Equal("Closed", await Cases.TicketStatusAsync(App, ticket.Id()));
        Assert.Equal("TicketClosed", FollowUp(done).Text("kind"));
    }

    [Theory]
    [InlineData(1)]
    [InlineData(2)]
    public async Task A_dissatisfied_customer_reopens_the_ticket(int satisfaction)
    {
        var ticket = await Cases.ResolvedTicketAsync(App, await CallbackApi.CustomerAsync(App));
        var callback = await Cases.CallbackForAsync(App, ticket.Id());

        var done = await (await CallbackApi.AttemptAsync(await App.SignedInAsAsync(StaffRole.Agent), callback.Id(), new { outcome = "Reached", satisfaction, comment = "还在漏水" }))
            .ShouldBeJsonAsync(HttpStatusCode.Created);

        Assert.Equal("Reopened", await Cases.TicketStatusAsync(App, ticket.Id()));
        Assert.Equal("TicketReopened", FollowUp(done).Text("kind"));
    }

    [Fact]
    public async Task A_third_failed_attempt_closes_the_resolved_ticket()
    {
        var ticket = await Cases.ResolvedTicketAsync(App, await CallbackApi.CustomerAsync(App));
        var callback = await Cases.CallbackForAsync(App, ticket.Id());
        var agent = await App.SignedInAsAsync(StaffRole.Agent);
        var statuses = new List<string>();

        for (var attempt = 1; attempt <= 3; attempt++)
        {
            await (await CallbackApi.AttemptAsync(agent, callback.Id(), new { outcome = "Unreachable" })).ShouldBeJsonAsync(HttpStatusCode.Created);
            statuses.Add(await Cases.TicketStatusAsync(App, ticket.Id()));
        }

        Assert.Equal(["Resolved", "Resolved", "Closed"], statuses);
    }

    [Fact]
    public async Task A_dissatisfied_complainant_opens_a_new_complaint_linked_to_the_first()
    {
        var complaint = await Cases.ResolvedComplaintAsync(App, await CallbackApi.CustomerAsync(App));
        var callback = await Cases.CallbackForAsync(App, complaint.Id());

        var done = await (await CallbackApi.AttemptAsync(await App.SignedInAsAsync(StaffRole.Agent), callback.Id(), new { outcome = "Reached", satisfaction = 2, comment = "道歉不诚恳" }))
            .ShouldBeJsonAsync(HttpStatusCode.Created);

        var followUp = FollowUp(done);
        Assert.Equal("ComplaintOpened", followUp.Text("kind"));
        var second = await (await (await App.SignedInAsAsync(StaffRole.Agent)).GetAsync($"/api/v1/complaints/{followUp.GetProperty("itemId").GetGuid()}"))
            .ShouldBeJsonAsync(HttpStatusCode.OK);
        Assert.Equal(complaint.Id(), second.GetProperty("followsComplaintId").GetGuid());
        Assert.Equal(complaint.Text("customerId"), second.Text("customerId"));
        Assert.Equal("Registered", second.Text("status"));
    }

    [Fact]
    public async Task A_new_issue_raised_during_the_call_becomes_a_ticket_for_the_customer()
    {
        var customer = await CallbackApi.CustomerAsync(App);
        var agent = await App.SignedInAsAsync(StaffRole.Agent);
        var callback = await CallbackApi.RequestedAsync(agent, customer, DateTimeOffset.UtcNow.AddHours(2));

        var done = await (await CallbackApi.AttemptAsync(agent, callback.Id(), new
        {
            outcome = "Reached", satisfaction = 4, newIssue = new { category = "Electrical", description = "楼道灯不亮" },
        })).ShouldBeJsonAsync(HttpStatusCode.Created);

        var followUp = FollowUp(done);
        Assert.Equal("TicketOpened", followUp.Text("kind"));
        var ticket = await (await agent.GetAsync($"/api/v1/tickets/{followUp.GetProperty("itemId").GetGuid()}")).ShouldBeJsonAsync(HttpStatusCode.OK);
        Assert.Equal(customer.ToString(), ticket.Text("customerId"));
        Assert.Equal("Electrical", ticket.Text("category"));
    }

    [Fact]
    public async Task A_new_issue_of_an_unknown_category_is_a_400_on_its_category_and_the_attempt_is_not_recorded()
    {
        var agent = await App.SignedInAsAsync(StaffRole.Agent);
        var callback = await CallbackApi.RequestedAsync(agent, await CallbackApi.CustomerAsync(App), DateTimeOffset.UtcNow.AddHours(2));

        var response = await CallbackApi.AttemptAsync(agent, callback.Id(), new
        {
            outcome = "Reached", satisfaction = 4, newIssue = new { category = "Spaceships", description = "飞船坏了" },
        });

        await response.ShouldBeValidationProblemForAsync("newIssue.category");
        var unchanged = await (await agent.GetAsync($"{CallbackApi.Route}/{callback.Id()}")).ShouldBeJsonAsync(HttpStatusCode.OK);
        Assert.Equal("Due", unchanged.Text("status"));
    }

    private static JsonElement FollowUp(JsonElement callback) => Assert.Single(callback.GetProperty("followUps").EnumerateArray());
}
