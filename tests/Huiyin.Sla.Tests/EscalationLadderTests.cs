using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Huiyin.Organization.Contracts;
using Huiyin.Sla.Contracts;
using Huiyin.TestKit;

namespace Huiyin.Sla.Tests;

/// <summary>A whole escalation in seconds: a policy with second-long windows, the clock moved on, the sweep run.</summary>
[Collection(SlaCollection.Name)]
public sealed class EscalationLadderTests(SlaApp app) : HuiyinTest(app)
{
    private new SlaApp App => (SlaApp)base.App;

    [Fact]
    public async Task A_missed_deadline_warns_breaches_and_climbs_from_the_supervisors_queue_to_the_managers()
    {
        var manager = await App.SignedInAsAsync(StaffRole.Manager);
        var supervisor = await App.SignedInAsAsync(StaffRole.Supervisor);
        await (await manager.PostAsJsonAsync("/api/v1/sla/policies", new
        {
            name = "秒级演练", order = 1, match = new { workType = "Ticket", category = "drill" }, firstContact = "PT10S", resolution = "PT20S",
        })).ShouldBeJsonAsync(HttpStatusCode.Created);
        var ticket = Guid.NewGuid();
        var started = await App.StartTicketClocksAsync(ticket, category: "drill");
        Assert.Equal("秒级演练", started.PolicyName);

        App.Clock.Advance(TimeSpan.FromSeconds(8));
        await App.SweepAsync();
        var warned = await ClockAsync(supervisor, ticket, "FirstContact");
        Assert.NotEqual(JsonValueKind.Null, warned.GetProperty("clock").GetProperty("warnedAt").ValueKind);
        Assert.Equal(JsonValueKind.Null, warned.GetProperty("clock").GetProperty("breachedAt").ValueKind);

        App.Clock.Advance(TimeSpan.FromSeconds(2));
        await App.SweepAsync();
        var queue = await (await supervisor.GetAsync("/api/v1/sla/escalations")).ShouldBeJsonAsync(HttpStatusCode.OK);
        var escalation = Assert.Single(queue.GetProperty("items").EnumerateArray());
        Assert.Equal(1, escalation.GetProperty("level").GetInt32());
        Assert.Equal("FirstContact", escalation.GetProperty("metric").GetString());
        Assert.Empty((await (await manager.GetAsync("/api/v1/sla/escalations")).ShouldBeJsonAsync(HttpStatusCode.OK)).GetProperty("items").EnumerateArray());

        App.Clock.Advance(TimeSpan.FromSeconds(10));
        await App.SweepAsync();
        var managers = await (await manager.GetAsync("/api/v1/sla/escalations")).ShouldBeJsonAsync(HttpStatusCode.OK);
        Assert.Equal(2, Assert.Single(managers.GetProperty("items").EnumerateArray()).GetProperty("level").GetInt32());

        var events = (await ClockAsync(supervisor, ticket, "FirstContact")).GetProperty("events").EnumerateArray()
            .Select(e => (e.GetProperty("kind").GetString(), e.GetProperty("level").ValueKind == JsonValueKind.Null ? 0 : e.GetProperty("level").GetInt32()));
        Assert.Equal([("Started", 0), ("Warned", 0), ("Breached", 0), ("Escalated", 1), ("Escalated", 2)], events);
        Assert.Equal(1, await App.CountAsync($"SELECT count(*) FROM sla.outbox_messages WHERE type LIKE '%.SlaBreached' AND payload->>'metric' = 'FirstContact' AND payload->>'itemId' = '{ticket}'"));
        Assert.Equal(2, await App.CountAsync($"SELECT count(*) FROM sla.outbox_messages WHERE type LIKE '%.SlaEscalated' AND payload->>'metric' = 'FirstContact' AND payload->>'itemId' = '{ticket}'"));
    }

    [Fact]
    public async Task An_escalation_is_acknowledged_once_and_only_by_its_level()
    {
        await App.StartTicketClocksAsync(Guid.NewGuid());
        App.Clock.Advance(TimeSpan.FromHours(3) + TimeSpan.FromSeconds(1));
        await App.SweepAsync();
        var supervisor = await App.SignedInAsAsync(StaffRole.Supervisor);
        var manager = await App.SignedInAsAsync(StaffRole.Manager);
        var id = (await (await supervisor.GetAsync("/api/v1/sla/escalations")).ShouldBeJsonAsync(HttpStatusCode.OK))
            .GetProperty("items")[0].GetProperty("id").GetGuid();

        var byManager = await manager.PostAsync($"/api/v1/sla/escalations/{id}/acknowledge", null);
        var bySupervisor = await supervisor.PostAsync($"/api/v1/sla/escalations/{id}/acknowledge", null);
        var again = await supervisor.PostAsync($"/api/v1/sla/escalations/{id}/acknowledge", null);
        var agent = await (await App.SignedInAsAsync(StaffRole.Agent)).GetAsync("/api/v1/sla/escalations");

        await byManager.ShouldBeProblemAsync(HttpStatusCode.Forbidden);
        Assert.Equal(HttpStatusCode.NoContent, bySupervisor.StatusCode);
        await again.ShouldBeProblemAsync(HttpStatusCode.Conflict);
        await agent.ShouldBeProblemAsync(HttpStatusCode.Forbidden);
        Assert.Empty((await (await supervisor.GetAsync("/api/v1/sla/escalations")).ShouldBeJsonAsync(HttpStatusCode.OK)).GetProperty("items").EnumerateArray());
    }

    [Fact]
    public async Task First_contact_made_in_time_is_fulfilled_on_time_and_never_escalates()
    {
        var ticket = Guid.NewGuid();
        await App.StartTicketClocksAsync(ticket);
        App.Clock.Advance(TimeSpan.FromHours(1));

        await App.SendAsync(new FulfilClock(SlaWorkType.Ticket, ticket, SlaMetric.FirstContact, "contact logged"));
        App.Clock.Advance(TimeSpan.FromHours(5));
        await App.SweepAsync();

        var clocks = await App.SendAsync(new GetItemClocks(SlaWorkType.Ticket, ticket));
        var firstContact = clocks.Single(c => c.Metric == SlaMetric.FirstContact);
        Assert.Equal(ClockStatus.Fulfilled, firstContact.Status);
        Assert.Null(firstContact.BreachedAt);
        Assert.Equal(1, await App.CountAsync($"SELECT count(*) FROM sla.outbox_messages WHERE type LIKE '%.SlaFulfilled' AND payload->>'onTime' = 'true' AND payload->>'itemId' = '{ticket}'"));
    }

    [Fact]
    public async Task A_pending_ticket_does_not_breach_and_its_due_time_moves_by_the_pause()
    {
        var ticket = Guid.NewGuid();
        var started = await App.StartTicketClocksAsync(ticket);
        var due = started.Clocks.Single(c => c.Metric == SlaMetric.Resolution).DueAt;

        App.Clock.Advance(TimeSpan.FromHours(2));
        await App.SendAsync(new PauseClock(SlaWorkType.Ticket, ticket, SlaMetric.Resolution, "waiting for parts"));
        App.Clock.Advance(TimeSpan.FromHours(30));
        await App.SweepAsync();
        var paused = (await App.SendAsync(new GetItemClocks(SlaWorkType.Ticket, ticket))).Single(c => c.Metric == SlaMetric.Resolution);
        await App.SendAsync(new ResumeClock(SlaWorkType.Ticket, ticket, SlaMetric.Resolution, "parts arrived"));
        var resumed = (await App.SendAsync(new GetItemClocks(SlaWorkType.Ticket, ticket))).Single(c => c.Metric == SlaMetric.Resolution);

        Assert.Null(paused.BreachedAt);
        Assert.Equal(ClockStatus.Paused, paused.Status);
        Assert.InRange(resumed.DueAt - due, TimeSpan.FromHours(30) - TimeSpan.FromSeconds(2), TimeSpan.FromHours(30) + TimeSpan.FromSeconds(2));
    }

    [Fact]
    public async Task Clock_commands_on_unknown_or_finished_clocks_are_refused()
    {
        var ticket = Guid.NewGuid();
        await App.StartTicketClocksAsync(ticket);
        await App.SendAsync(new StopClocks(SlaWorkType.Ticket, ticket, "cancelled by the customer"));

        var pause = await App.SendAsync(new PauseClock(SlaWorkType.Ticket, ticket, SlaMetric.Resolution, "x"));
        var unknown = await App.SendAsync(new PauseClock(SlaWorkType.Ticket, Guid.NewGuid(), SlaMetric.Resolution, "x"));
        var twice = await App.SendAsync(new StartClocks(SlaWorkType.Ticket, ticket, new ClockAttributes(SlaWorkType.Ticket), [SlaMetric.Resolution]));
        var restart = await App.SendAsync(new RestartClock(SlaWorkType.Ticket, ticket, SlaMetric.Resolution, "reopened"));

        Assert.Equal("illegal_transition", pause.Error.Code);
        Assert.Equal("not_found", unknown.Error.Code);
        Assert.Equal("clock_exists", twice.Error.Code);
        Assert.True(restart.IsSuccess);
    }

    private static async Task<JsonElement> ClockAsync(HttpClient client, Guid ticket, string metric)
    {
        var clocks = await (await client.GetAsync($"/api/v1/sla/clocks?itemType=Ticket&itemId={ticket}")).ShouldBeJsonAsync(HttpStatusCode.OK);
        return clocks.GetProperty("items").EnumerateArray().Single(c => c.GetProperty("clock").GetProperty("metric").GetString() == metric);
    }
}
