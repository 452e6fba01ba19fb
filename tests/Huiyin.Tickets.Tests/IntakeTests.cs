using System.Net;
using System.Net.Http.Json;
using System.Text.RegularExpressions;
using Huiyin.Organization.Contracts;
using Huiyin.TestKit;

namespace Huiyin.Tickets.Tests;

[Collection(TicketsCollection.Name)]
public sealed class IntakeTests(TicketsApp app) : HuiyinTest(app)
{
    private TicketsApp Desk => (TicketsApp)App;

    [Fact]
    public async Task A_repair_taken_on_the_phone_gets_a_number_and_its_deadlines_from_the_default_policy()
    {
        var agent = await App.SignedInAsAsync(StaffRole.Agent);
        var customer = await Desk.CustomerAsync();
        var before = App.Clock.GetUtcNow();

        var ticket = await TicketApi.CreateAsync(agent, TicketApi.Repair(customer));

        Assert.Matches(new Regex(@"^T-\d{8}-\d{4}$"), ticket.GetProperty("number").GetString());
        Assert.Equal("New", ticket.Status());
        Assert.Equal("Normal", ticket.GetProperty("priority").GetString());
        Assert.Equal("王建国", ticket.GetProperty("customerName").GetString());
        var sla = ticket.GetProperty("sla");
        Assert.InRange(sla.GetProperty("firstContactDueAt").GetDateTimeOffset() - before, TimeSpan.FromHours(3) - TimeSpan.FromSeconds(1), TimeSpan.FromHours(3) + TimeSpan.FromMinutes(1));
        Assert.InRange(sla.GetProperty("resolutionDueAt").GetDateTimeOffset() - before, TimeSpan.FromHours(24) - TimeSpan.FromSeconds(1), TimeSpan.FromHours(24) + TimeSpan.FromMinutes(1));
        Assert.False(sla.GetProperty("firstContactBreached").GetBoolean());
        Assert.Contains("assign", ticket.GetProperty("allowedActions").EnumerateArray().Select(a => a.GetString()));
        Assert.InRange(sla.GetProperty("acknowledgementDueAt").GetDateTimeOffset() - before, TimeSpan.FromMinutes(15) - TimeSpan.FromSeconds(1), TimeSpan.FromMinutes(16));
        Assert.InRange(sla.GetProperty("handoffDueAt").GetDateTimeOffset() - before, TimeSpan.FromHours(1) - TimeSpan.FromSeconds(1), TimeSpan.FromMinutes(61));
        Assert.Equal(4, await Desk.CountAsync($"SELECT count(*) FROM sla.clocks WHERE item_id = '{ticket.Id()}'"));
    }

    [Fact]
    public async Task A_complex_repair_gets_48_hours_and_a_vip_customer_high_priority_and_one_hour_first_contact()
    {
        var agent = await App.SignedInAsAsync(StaffRole.Agent);
        var vip = await Desk.CustomerAsync("李秀英", "13900139000", vip: true);
        var before = App.Clock.GetUtcNow();

        var ticket = await TicketApi.CreateAsync(agent, TicketApi.Repair(vip, complexity: "Complex"));

        Assert.Equal("High", ticket.GetProperty("priority").GetString());
        var sla = ticket.GetProperty("sla");
        Assert.InRange(sla.GetProperty("firstContactDueAt").GetDateTimeOffset() - before, TimeSpan.FromMinutes(59), TimeSpan.FromMinutes(61));
        Assert.InRange(sla.GetProperty("resolutionDueAt").GetDateTimeOffset() - before, TimeSpan.FromHours(48) - TimeSpan.FromSeconds(1), TimeSpan.FromHours(48) + TimeSpan.FromMinutes(1));
    }

    [Fact]
    public async Task An_enquiry_answered_on_the_spot_is_created_resolved_with_every_clock_met()
    {
        var agent = await App.SignedInAsAsync(StaffRole.Agent);
        var customer = await Desk.CustomerAsync();

        var ticket = await TicketApi.CreateAsync(agent, new
        {
            kind = "Enquiry", channel = "WalkIn", customerId = customer, category = "Other",
            description = "物业费缴纳方式", resolvedOnTheSpot = true, answer = "可在前台或 App 缴纳",
        });

        Assert.Equal("Resolved", ticket.Status());
        Assert.Equal("可在前台或 App 缴纳", ticket.GetProperty("resolutionSummary").GetString());
        Assert.Equal(4, await Desk.CountAsync($"SELECT count(*) FROM sla.clocks WHERE item_id = '{ticket.Id()}' AND status = 'Fulfilled'"));
        Assert.Equal(1, await Desk.CountAsync($"SELECT count(*) FROM tickets.contacts WHERE ticket_id = '{ticket.Id()}' AND method = 'FrontDesk'"));
    }

    [Fact]
    public async Task The_same_idempotency_key_twice_gives_one_ticket_and_with_another_body_a_422()
    {
        var agent = await App.SignedInAsAsync(StaffRole.Agent);
        var customer = await Desk.CustomerAsync();
        var key = Guid.NewGuid().ToString();

        var first = await SendWithKeyAsync(agent, key, TicketApi.Repair(customer));
        var repeat = await SendWithKeyAsync(agent, key, TicketApi.Repair(customer));
        var other = await SendWithKeyAsync(agent, key, TicketApi.Repair(customer, category: "Electrical"));

        var created = await first.ShouldBeJsonAsync(HttpStatusCode.Created);
        var replayed = await repeat.ShouldBeJsonAsync(HttpStatusCode.Created);
        Assert.Equal(created.Id(), replayed.Id());
        Assert.Equal("true", repeat.Headers.GetValues("Idempotent-Replayed").Single());
        var problem = await other.ShouldBeProblemAsync(HttpStatusCode.UnprocessableEntity);
        Assert.Contains("Idempotency-Key", problem.GetProperty("detail").GetString());
        Assert.Equal(1, await Desk.CountAsync("SELECT count(*) FROM tickets.tickets"));
        Assert.Equal(4, await Desk.CountAsync("SELECT count(*) FROM sla.clocks"));
    }

    [Fact]
    public async Task Twenty_concurrent_intakes_get_twenty_different_numbers()
    {
        var agent = await App.SignedInAsAsync(StaffRole.Agent);
        var customer = await Desk.CustomerAsync();

        var created = await Task.WhenAll(Enumerable.Range(0, 20).Select(_ => TicketApi.CreateAsync(agent, TicketApi.Repair(customer))));

        var numbers = created.Select(t => t.GetProperty("number").GetString()).ToList();
        Assert.Equal(20, numbers.Distinct().Count());
        Assert.Equal(20, await Desk.CountAsync("SELECT count(DISTINCT number) FROM tickets.tickets"));
    }

    [Fact]
    public async Task A_ticket_whose_clocks_cannot_start_is_not_saved_at_all()
    {
        var agent = await App.SignedInAsAsync(StaffRole.Agent);
        var customer = await Desk.CustomerAsync();
        await using (var connection = await App.OpenConnectionAsync())
        {
            await using var retire = connection.CreateCommand();
            retire.CommandText = "UPDATE sla.policies SET retired = true";
            await retire.ExecuteNonQueryAsync();
        }

        var response = await agent.PostAsJsonAsync("/api/v1/tickets", TicketApi.Repair(customer));

        await response.ShouldBeProblemAsync(HttpStatusCode.UnprocessableEntity);
        Assert.Equal(0, await Desk.CountAsync("SELECT count(*) FROM tickets.tickets"));
        Assert.Equal(0, await Desk.CountAsync("SELECT count(*) FROM tickets.outbox_messages"));
    }

    private static Task<HttpResponseMessage> SendWithKeyAsync(HttpClient client, string key, object body)
    {
        var request = new HttpRequestMessage(HttpMethod.Post, "/api/v1/tickets") { Content = JsonContent.Create(body) };
        request.Headers.Add("Idempotency-Key", key);
        return client.SendAsync(request);
    }
}
