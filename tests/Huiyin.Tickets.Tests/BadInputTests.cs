using System.Net;
using System.Net.Http.Json;
using Huiyin.Organization.Contracts;
using Huiyin.TestKit;

namespace Huiyin.Tickets.Tests;

/// <summary>Every create and transition body with a bad field gives a 400 naming it, and nothing is saved.</summary>
[Collection(TicketsCollection.Name)]
public sealed class BadInputTests(TicketsApp app) : HuiyinTest(app)
{
    private TicketsApp Desk => (TicketsApp)App;

    public static TheoryData<string, string, string> BadIntakes() => new()
    {
        { "kind", "\"Complaint\"", "kind" },
        { "channel", "\"Fax\"", "channel" },
        { "category", "\"Roofing\"", "category" },
        { "description", "\"   \"", "description" },
        { "description", $"\"{new string('漏', 4001)}\"", "description" },
        { "priority", "\"Critical\"", "priority" },
        { "complexity", "\"3\"", "complexity" },
        { "complexity", "1", "complexity" },
        { "kind", "null", "kind" },
        { "kind", "\"Repair, Enquiry\"", "kind" },
        { "customerId", "\"00000000-0000-0000-0000-000000000000\"", "customerId" },
        { "customerId", "\"0193a5a0-0000-7000-8000-000000000000\"", "customerId" },
        { "fee", "50", "fee" },
        { "resolvedOnTheSpot", "true", "resolvedOnTheSpot" },
        { "receivedAt", "\"2020-01-01T00:00:00Z\"", "receivedAt" },
        { "receivedAt", "\"2099-01-01T00:00:00Z\"", "receivedAt" },
    };

    [Theory]
    [MemberData(nameof(BadIntakes))]
    public async Task A_bad_intake_field_is_named_and_no_ticket_is_saved(string field, string json, string expectedField)
    {
        var agent = await App.SignedInAsAsync(StaffRole.Agent);
        var customer = await Desk.CustomerAsync();
        var body = $$"""{"kind":"Repair","channel":"Phone","customerId":"{{customer}}","category":"Plumbing","description":"漏水","{{field}}":{{json}}}""";

        var response = await agent.PostAsync("/api/v1/tickets", new StringContent(body, System.Text.Encoding.UTF8, "application/json"));

        await response.ShouldBeValidationProblemForAsync(expectedField);
        Assert.Equal(0, await Desk.CountAsync("SELECT count(*) FROM tickets.tickets"));
    }

    [Fact]
    public async Task An_unknown_or_missing_kind_is_named_with_the_kinds_there_are()
    {
        var agent = await App.SignedInAsAsync(StaffRole.Agent);
        var customer = await Desk.CustomerAsync();
        var unknown = $$"""{"kind":"Complaint","channel":"Phone","customerId":"{{customer}}","category":"Plumbing","description":"漏水"}""";
        var missing = $$"""{"channel":"Phone","customerId":"{{customer}}","category":"Plumbing","description":"漏水"}""";

        var unknownKind = await agent.PostAsync("/api/v1/tickets", new StringContent(unknown, System.Text.Encoding.UTF8, "application/json"));
        var missingKind = await agent.PostAsync("/api/v1/tickets", new StringContent(missing, System.Text.Encoding.UTF8, "application/json"));

        Assert.Equal(["'kind' must be one of: Enquiry, ServiceRequest, Repair."], await unknownKind.ShouldBeValidationProblemForAsync("kind"));
        Assert.Equal(["'kind' is required."], await missingKind.ShouldBeValidationProblemForAsync("kind"));
        Assert.Equal(0, await Desk.CountAsync("SELECT count(*) FROM tickets.tickets"));
    }

    [Fact]
    public async Task An_archived_customer_cannot_get_a_new_ticket()
    {
        var agent = await App.SignedInAsAsync(StaffRole.Agent);
        var customer = await Desk.CustomerAsync();
        await (await agent.PostAsync($"/api/v1/customers/{customer}/archive", null)).ShouldBeJsonAsync(HttpStatusCode.OK);

        var messages = await (await agent.PostAsJsonAsync("/api/v1/tickets", TicketApi.Repair(customer))).ShouldBeValidationProblemForAsync("customerId");

        Assert.Contains(messages, m => m.Contains("archived"));
    }

    [Theory]
    [InlineData("pend", "{}", "reason")]
    [InlineData("cancel", "{\"reason\":\"  \"}", "reason")]
    [InlineData("reopen", "{\"reason\":null}", "reason")]
    [InlineData("resolve", "{}", "summary")]
    [InlineData("contacts", "{\"method\":\"Pigeon\",\"outcome\":\"Reached\",\"note\":\"x\"}", "method")]
    [InlineData("contacts", "{\"method\":\"Phone\",\"outcome\":\"Maybe\",\"note\":\"x\"}", "outcome")]
    [InlineData("contacts", "{\"method\":\"Phone\",\"outcome\":\"Reached\",\"note\":\"\"}", "note")]
    [InlineData("contacts", "{\"method\":\"Phone\",\"outcome\":\"Reached\",\"note\":\"x\",\"at\":\"2099-01-01T00:00:00Z\"}", "at")]
    [InlineData("assign", "{}", "technicianId")]
    [InlineData("assign", "{\"technicianId\":\"0193a5a0-0000-7000-8000-000000000000\"}", "technicianId")]
    public async Task A_bad_transition_body_is_named_and_the_ticket_is_unchanged(string action, string json, string expectedField)
    {
        var supervisor = await App.SignedInAsAsync(StaffRole.Supervisor);
        var ticket = await TicketApi.CreateAsync(supervisor, TicketApi.Repair(await Desk.CustomerAsync()));
        await TicketApi.ContactAsync(supervisor, ticket);

        var response = await supervisor.PostAsync($"/api/v1/tickets/{ticket.Id()}/{action}", new StringContent(json, System.Text.Encoding.UTF8, "application/json"));

        await response.ShouldBeValidationProblemForAsync(expectedField);
        Assert.Equal("Contacted", (await TicketApi.GetAsync(supervisor, ticket)).Status());
        Assert.Equal(1, await Desk.CountAsync("SELECT count(*) FROM tickets.contacts"));
    }

    [Fact]
    public async Task An_illegal_transition_is_a_409_naming_the_status_and_the_allowed_actions()
    {
        var agent = await App.SignedInAsAsync(StaffRole.Agent);
        var ticket = await TicketApi.CreateAsync(agent, TicketApi.Repair(await Desk.CustomerAsync()));

        var problem = await (await TicketApi.ActAsync(agent, ticket, "close")).ShouldBeProblemAsync(HttpStatusCode.Conflict);

        Assert.Equal("New", problem.GetProperty("currentStatus").GetString());
        Assert.Equal(["contact", "assign", "cancel"], problem.GetProperty("allowedActions").EnumerateArray().Select(a => a.GetString()));
    }

    [Fact]
    public async Task A_stale_if_match_is_refused_with_412_and_a_technician_may_not_take_in_tickets()
    {
        var agent = await App.SignedInAsAsync(StaffRole.Agent);
        var ticket = await TicketApi.CreateAsync(agent, TicketApi.Repair(await Desk.CustomerAsync()));
        await TicketApi.ContactAsync(agent, ticket);
        var stale = new HttpRequestMessage(HttpMethod.Post, $"/api/v1/tickets/{ticket.Id()}/cancel") { Content = JsonContent.Create(new { reason = "重复登记" }) };
        stale.Headers.TryAddWithoutValidation("If-Match", "\"1\"");

        await (await agent.SendAsync(stale)).ShouldBeProblemAsync(HttpStatusCode.PreconditionFailed);
        var technician = await App.SignedInAsAsync(StaffRole.Technician);
        await (await technician.PostAsJsonAsync("/api/v1/tickets", TicketApi.Repair(Guid.NewGuid()))).ShouldBeProblemAsync(HttpStatusCode.Forbidden);
        await (await technician.GetAsync("/api/v1/tickets")).ShouldBeProblemAsync(HttpStatusCode.Forbidden);
    }

    [Theory]
    [InlineData("status=Open", "status")]
    [InlineData("priority=Critical", "priority")]
    [InlineData("limit=0", "limit")]
    [InlineData("cursor=abc", "cursor")]
    [InlineData("kind=Complaint", "kind")]
    public async Task A_bad_list_filter_is_named(string query, string field)
    {
        var agent = await App.SignedInAsAsync(StaffRole.Agent);

        await (await agent.GetAsync($"/api/v1/tickets?{query}")).ShouldBeValidationProblemForAsync(field);
    }
}
