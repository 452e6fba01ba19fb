using System.Net;
using System.Text.Json;
using Huiyin.Organization.Contracts;
using Huiyin.TestKit;
using Huiyin.Tickets.Contracts;
using MediatR;
using Microsoft.Extensions.DependencyInjection;

namespace Huiyin.Tickets.Tests;

/// <summary>The commands Callbacks sends: a callback's outcome settles a resolved ticket, a new issue opens one.</summary>
[Collection(TicketsCollection.Name)]
public sealed class CallbackOutcomeTests(TicketsApp app) : HuiyinTest(app)
{
    private TicketsApp Desk => (TicketsApp)App;

    [Theory]
    [InlineData(false, "Closed")]
    [InlineData(true, "Reopened")]
    public async Task A_resolved_ticket_is_closed_or_reopened_and_settling_it_again_changes_nothing(bool reopen, string settles)
    {
        var ticket = await ResolvedAsync();

        var first = await SendAsync(new SettleTicketAfterCallback(ticket, reopen, "回访"));
        var again = await SendAsync(new SettleTicketAfterCallback(ticket, Reopen: false, "回访"));

        Assert.True(first.IsSuccess && again.IsSuccess);
        Assert.Equal(settles, await StatusAsync(ticket));
    }

    [Fact]
    public async Task A_cancelled_ticket_is_left_as_it_is()
    {
        var agent = await App.SignedInAsAsync(StaffRole.Agent);
        var ticket = await TicketApi.CreateAsync(agent, TicketApi.Repair(await Desk.CustomerAsync()));
        await (await TicketApi.ActAsync(agent, ticket, "cancel", new { reason = "业主撤回" })).ShouldBeJsonAsync(HttpStatusCode.OK);

        Assert.True((await SendAsync(new SettleTicketAfterCallback(ticket.Id(), Reopen: true, "回访不满意"))).IsSuccess);
        Assert.Equal("Cancelled", await StatusAsync(ticket.Id()));
    }

    [Fact]
    public async Task A_new_issue_opens_a_service_request_by_phone_for_the_customer()
    {
        var customer = await Desk.CustomerAsync();

        var opened = await SendAsync(new OpenTicketFromCallback(customer, TicketCategory.Electrical, "楼道灯不亮"));

        var ticket = await TicketAsync(opened.Value.TicketId);
        Assert.Equal(("ServiceRequest", "Phone", "Electrical"), (ticket.GetProperty("kind").GetString(), ticket.GetProperty("channel").GetString(), ticket.GetProperty("category").GetString()));
        Assert.Equal(opened.Value.Number, ticket.GetProperty("number").GetString());
        Assert.Equal(customer.ToString(), ticket.GetProperty("customerId").GetString());
    }

    private async Task<Guid> ResolvedAsync()
    {
        var agent = await App.SignedInAsAsync(StaffRole.Agent);
        var ticket = await TicketApi.CreateAsync(agent, TicketApi.Repair(await Desk.CustomerAsync()));
        await TicketApi.ContactAsync(agent, ticket);
        await (await TicketApi.ActAsync(agent, ticket, "resolve", new { summary = "已更换角阀" })).ShouldBeJsonAsync(HttpStatusCode.OK);
        return ticket.Id();
    }

    private async Task<JsonElement> TicketAsync(Guid ticketId) =>
        await (await (await App.SignedInAsAsync(StaffRole.Agent)).GetAsync($"/api/v1/tickets/{ticketId}")).ShouldBeJsonAsync(HttpStatusCode.OK);

    private async Task<string> StatusAsync(Guid ticketId) => (await TicketAsync(ticketId)).Status();

    private async Task<TResult> SendAsync<TResult>(IRequest<TResult> command)
    {
        await using var scope = App.Services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<IMediator>().Send(command);
    }
}
