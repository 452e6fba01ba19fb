using System.Net;
using System.Net.Http.Json;
using Huiyin.Organization.Contracts;
using Huiyin.TestKit;

namespace Huiyin.Tickets.Tests;

[Collection(TicketsCollection.Name)]
public sealed class EventsAndListTests(TicketsApp app) : HuiyinTest(app)
{
    private TicketsApp Desk => (TicketsApp)App;

    [Fact]
    public async Task When_a_customer_becomes_vip_the_priority_of_their_open_tickets_rises()
    {
        var agent = await App.SignedInAsAsync(StaffRole.Agent);
        var customer = await Desk.CustomerAsync();
        var open = await TicketApi.CreateAsync(agent, TicketApi.Repair(customer));
        var read = await agent.GetAsync($"/api/v1/customers/{customer}");
        Assert.Equal(HttpStatusCode.OK, read.StatusCode);
        var update = new HttpRequestMessage(HttpMethod.Put, $"/api/v1/customers/{customer}")
        {
            Content = JsonContent.Create(new { type = "Owner", name = "王建国", phones = new[] { "13800138000" }, vip = true }),
        };
        update.Headers.TryAddWithoutValidation("If-Match", read.Headers.ETag!.Tag);
        await (await agent.SendAsync(update)).ShouldBeJsonAsync(HttpStatusCode.OK);

        await Desk.DeliverEventsAsync();

        Assert.Equal("Normal", open.GetProperty("priority").GetString());
        Assert.Equal("High", (await TicketApi.GetAsync(agent, open)).GetProperty("priority").GetString());
        var timeline = await (await agent.GetAsync($"/api/v1/tickets/{open.Id()}/timeline")).ShouldBeJsonAsync(HttpStatusCode.OK);
        Assert.Contains(timeline.GetProperty("items").EnumerateArray(), i => i.GetProperty("kind").GetString() == "PriorityChanged");
    }

    [Fact]
    public async Task Each_step_publishes_its_event_once_through_the_outbox()
    {
        var agent = await App.SignedInAsAsync(StaffRole.Agent);
        var ticket = await TicketApi.CreateAsync(agent, TicketApi.Repair(await Desk.CustomerAsync()));
        await TicketApi.ContactAsync(agent, ticket);
        await (await TicketApi.ActAsync(agent, ticket, "resolve", new { summary = "已更换角阀" })).ShouldBeJsonAsync(HttpStatusCode.OK);
        await (await TicketApi.ActAsync(agent, ticket, "close")).ShouldBeJsonAsync(HttpStatusCode.OK);

        foreach (var type in new[] { "TicketCreated", "TicketContacted", "TicketResolved", "TicketClosed" })
        {
            Assert.Equal(1, await Desk.CountAsync($"SELECT count(*) FROM tickets.outbox_messages WHERE type LIKE '%.{type}'"));
        }

        var takenInBy = await App.ProvisionAsync("test-agent", StaffRole.Agent);
        Assert.Equal(1, await Desk.CountAsync(
            $"SELECT count(*) FROM tickets.outbox_messages WHERE type LIKE '%.TicketResolved' AND payload::jsonb->>'takenInById' = '{takenInBy}'"));
    }

    [Fact]
    public async Task The_list_pages_newest_first_filters_by_status_and_customer_and_syncs_by_updated_since()
    {
        var agent = await App.SignedInAsAsync(StaffRole.Agent);
        var customer = await Desk.CustomerAsync();
        var other = await Desk.CustomerAsync("赵敏", "13700137000");
        var created = new List<Guid>();
        for (var i = 0; i < 5; i++)
        {
            created.Add((await TicketApi.CreateAsync(agent, TicketApi.Repair(i < 4 ? customer : other))).Id());
        }

        var first = await (await agent.GetAsync($"/api/v1/tickets?customerId={customer}&limit=3")).ShouldBeJsonAsync(HttpStatusCode.OK);
        var cursor = first.GetProperty("nextCursor").GetString();
        var second = await (await agent.GetAsync($"/api/v1/tickets?customerId={customer}&limit=3&cursor={cursor}")).ShouldBeJsonAsync(HttpStatusCode.OK);
        var since = await (await agent.GetAsync($"/api/v1/tickets?updatedSince={Uri.EscapeDataString(App.Clock.GetUtcNow().AddMinutes(-5).ToString("O"))}")).ShouldBeJsonAsync(HttpStatusCode.OK);
        var contacted = await (await agent.GetAsync("/api/v1/tickets?status=Contacted,Assigned")).ShouldBeJsonAsync(HttpStatusCode.OK);

        var pages = first.GetProperty("items").EnumerateArray().Concat(second.GetProperty("items").EnumerateArray()).Select(t => t.Id()).ToList();
        Assert.Equal(created.Take(4).Reverse(), pages);
        Assert.Equal(JsonNull, second.GetProperty("nextCursor").ValueKind);
        Assert.Equal(created, since.GetProperty("items").EnumerateArray().Select(t => t.Id()));
        Assert.Empty(contacted.GetProperty("items").EnumerateArray());
    }

    private const System.Text.Json.JsonValueKind JsonNull = System.Text.Json.JsonValueKind.Null;
}
