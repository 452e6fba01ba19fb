using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Huiyin.Organization.Contracts;
using Huiyin.TestKit;

namespace Huiyin.Complaints.Tests;

/// <summary>A ticket turned into a complaint (转为投诉): the complaint keeps the link, the ticket's work ends there.</summary>
[Collection(ApiCollection.Name)]
public sealed class TicketConversionTests(HuiyinApp app) : HuiyinTest(app)
{
    [Fact]
    public async Task The_complaint_keeps_the_ticket_and_the_ticket_is_cancelled_as_transferred_with_its_clocks_stopped()
    {
        var agent = await App.SignedInAsAsync(StaffRole.Agent);
        var customer = await ComplaintApi.CustomerAsync(App);
        var ticket = await TicketAsync(agent, customer);

        var complaint = await ComplaintApi.RegisteredAsync(agent, ComplaintApi.Body(customer).With("ticketId", ticket.Id()));

        Assert.Equal(ticket.Id(), complaint.GetProperty("ticketId").GetGuid());
        var transferred = await (await agent.GetAsync($"/api/v1/tickets/{ticket.Id()}")).ShouldBeJsonAsync(HttpStatusCode.OK);
        Assert.Equal("Cancelled", transferred.Text("status"));
        Assert.Contains(complaint.Text("number"), transferred.Text("cancelReason"));
        await using var connection = await App.OpenConnectionAsync();
        await using var command = new Npgsql.NpgsqlCommand("SELECT count(*) FROM sla.clocks WHERE item_id = @id AND status IN ('Running', 'Paused')", connection);
        command.Parameters.AddWithValue("id", ticket.Id());
        Assert.Equal(0L, (long)(await command.ExecuteScalarAsync())!);
    }

    [Fact]
    public async Task An_unknown_or_another_customers_ticket_is_a_400_and_a_finished_one_a_409_with_nothing_saved()
    {
        var agent = await App.SignedInAsAsync(StaffRole.Agent);
        var customer = await ComplaintApi.CustomerAsync(App);
        var othersTicket = await TicketAsync(agent, await ComplaintApi.CustomerAsync(App));
        var cancelled = await TicketAsync(agent, customer);
        await (await agent.PostAsJsonAsync($"/api/v1/tickets/{cancelled.Id()}/cancel", new { reason = "客户撤回" })).ShouldBeJsonAsync(HttpStatusCode.OK);

        var unknown = await ComplaintApi.RegisterAsync(agent, ComplaintApi.Body(customer).With("ticketId", Guid.NewGuid()));
        var others = await ComplaintApi.RegisterAsync(agent, ComplaintApi.Body(customer).With("ticketId", othersTicket.Id()));
        var finished = await ComplaintApi.RegisterAsync(agent, ComplaintApi.Body(customer).With("ticketId", cancelled.Id()));

        await unknown.ShouldBeValidationProblemForAsync("ticketId");
        await others.ShouldBeValidationProblemForAsync("ticketId");
        var conflict = await finished.ShouldBeProblemAsync(HttpStatusCode.Conflict);
        Assert.Equal("ticket_not_open", conflict.Text("code"));
        Assert.Empty(await ComplaintApi.OutboxAsync(App));
        var list = await (await agent.GetAsync($"/api/v1/complaints?customerId={customer}")).ShouldBeJsonAsync(HttpStatusCode.OK);
        Assert.Empty(list.GetProperty("items").EnumerateArray());
    }

    private static async Task<JsonElement> TicketAsync(HttpClient agent, Guid customerId) =>
        await (await agent.PostAsJsonAsync("/api/v1/tickets",
            new { kind = "Repair", channel = "Phone", customerId, category = "Plumbing", description = "厨房水管漏水，多次报修未处理" })).ShouldBeJsonAsync(HttpStatusCode.Created);
}
