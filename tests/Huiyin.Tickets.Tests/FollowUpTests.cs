using System.Net;
using Huiyin.Organization.Contracts;
using Huiyin.TestKit;
using Huiyin.Tickets.Jobs;

namespace Huiyin.Tickets.Tests;

/// <summary>每天与业主沟通跟进: a day without a contact on an open ticket raises one reminder a day until someone calls.</summary>
[Collection(TicketsCollection.Name)]
public sealed class FollowUpTests(TicketsApp app) : HuiyinTest(app)
{
    private TicketsApp Desk => (TicketsApp)App;

    [Fact]
    public async Task A_quiet_ticket_is_reminded_once_a_day_and_a_contact_stops_the_reminders()
    {
        var agent = await App.SignedInAsAsync(StaffRole.Agent);
        var quiet = await TicketApi.CreateAsync(agent, TicketApi.Repair(await Desk.CustomerAsync()));
        var resolved = await TicketApi.CreateAsync(agent, TicketApi.Repair(await Desk.CustomerAsync("赵敏", "13700137000")));
        await TicketApi.ContactAsync(agent, resolved);
        await TicketApi.ActAsync(agent, resolved, "resolve", new { summary = "已处理" });

        await RemindAsync();
        App.Clock.Advance(TimeSpan.FromHours(25));
        await RemindAsync();
        await RemindAsync();
        agent = await App.SignedInAsAsync(StaffRole.Agent);
        var due = await (await agent.GetAsync("/api/v1/tickets?followUpDue=true")).ShouldBeJsonAsync(HttpStatusCode.OK);
        App.Clock.Advance(TimeSpan.FromHours(24));
        await RemindAsync();
        agent = await App.SignedInAsAsync(StaffRole.Agent);
        await TicketApi.ContactAsync(agent, quiet);
        App.Clock.Advance(TimeSpan.FromHours(2));
        await RemindAsync();
        agent = await App.SignedInAsAsync(StaffRole.Agent);

        Assert.Equal([quiet.Id()], due.GetProperty("items").EnumerateArray().Select(t => t.Id()));
        Assert.True(due.GetProperty("items")[0].GetProperty("followUpDue").GetBoolean());
        Assert.Equal(2, await Desk.CountAsync($"SELECT count(*) FROM tickets.timeline_entries WHERE ticket_id = '{quiet.Id()}' AND kind = 'FollowUpDue'"));
        Assert.Equal(2, await Desk.CountAsync("SELECT count(*) FROM tickets.outbox_messages WHERE type LIKE '%.TicketFollowUpDue'"));
        Assert.False((await TicketApi.GetAsync(agent, quiet)).GetProperty("followUpDue").GetBoolean());
    }

    private async Task RemindAsync() => Assert.True((await Desk.SendAsync(new FollowUpReminders())).IsSuccess);
}
