using System.Net;
using Huiyin.Organization.Contracts;
using Huiyin.TestKit;

namespace Huiyin.Tickets.Tests;

/// <summary>An unreachable customer is sent the apology SMS of S1 once, in the same transaction as the contact entry.</summary>
[Collection(TicketsCollection.Name)]
public sealed class ApologySmsTests(TicketsApp app) : HuiyinTest(app)
{
    private TicketsApp Desk => (TicketsApp)App;

    [Fact]
    public async Task An_unreachable_contact_records_one_apology_sms_with_the_customers_name()
    {
        var agent = await App.SignedInAsAsync(StaffRole.Agent);
        var ticket = await TicketApi.CreateAsync(agent, TicketApi.Repair(await Desk.CustomerAsync("陈美玲", "13912345678"), category: "Lift"));

        var contact = await (await TicketApi.ContactAsync(agent, ticket, outcome: "Unreachable")).ShouldBeJsonAsync(HttpStatusCode.Created);
        await (await TicketApi.ContactAsync(agent, ticket, outcome: "Reached")).ShouldBeJsonAsync(HttpStatusCode.Created);
        await Desk.DeliverEventsAsync();

        var messageId = contact.GetProperty("smsMessageId").GetGuid();
        Assert.Equal(1, await Desk.CountAsync("SELECT count(*) FROM notifications.outgoing_messages"));
        Assert.Equal(1, await Desk.CountAsync(
            $"SELECT count(*) FROM notifications.outgoing_messages WHERE id = '{messageId}' AND text LIKE '陈美玲先生/女士您好%电梯报修%' AND related_item_id = '{ticket.Id()}'"));
        Assert.Equal(1, await Desk.CountAsync($"SELECT count(*) FROM notifications.outgoing_messages WHERE id = '{messageId}' AND status = 'Sent'"));
        Assert.Equal("Contacted", (await TicketApi.GetAsync(agent, ticket)).Status());
    }

    [Fact]
    public async Task A_reached_customer_gets_no_sms()
    {
        var agent = await App.SignedInAsAsync(StaffRole.Agent);
        var ticket = await TicketApi.CreateAsync(agent, TicketApi.Repair(await Desk.CustomerAsync()));

        var contact = await (await TicketApi.ContactAsync(agent, ticket)).ShouldBeJsonAsync(HttpStatusCode.Created);

        Assert.Equal(System.Text.Json.JsonValueKind.Null, contact.GetProperty("smsMessageId").ValueKind);
        Assert.Equal(0, await Desk.CountAsync("SELECT count(*) FROM notifications.outgoing_messages"));
    }
}
