using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Huiyin.Organization.Contracts;
using Huiyin.TestKit;

namespace Huiyin.Tickets.Tests;

[Collection(TicketsCollection.Name)]
public sealed class DispatchTests(TicketsApp app) : HuiyinTest(app)
{
    private TicketsApp Desk => (TicketsApp)App;

    [Fact]
    public async Task Suggestions_rank_a_skilled_plumber_of_the_dispatchers_team_with_the_lowest_load_first()
    {
        var works = await FieldApi.TeamAsync(App, "工程部");
        var other = await FieldApi.TeamAsync(App, "二期工程");
        await FieldApi.StaffAsync(App, "sup-zhao", StaffRole.Supervisor, works);
        var busy = await FieldApi.StaffAsync(App, "plumber-busy", StaffRole.Technician, works, "plumbing");
        var free = await FieldApi.StaffAsync(App, "plumber-free", StaffRole.Technician, works, "plumbing", "gas");
        var elsewhere = await FieldApi.StaffAsync(App, "plumber-other", StaffRole.Technician, other, "plumbing");
        var electrician = await FieldApi.StaffAsync(App, "electrician", StaffRole.Technician, works, "electrical");
        var supervisor = await App.SignedInAsAsync("sup-zhao");
        var customer = await Desk.CustomerAsync();
        JsonElement earlier = default;
        foreach (var _ in Enumerable.Range(0, 2))
        {
            earlier = await TicketApi.CreateAsync(supervisor, TicketApi.Repair(customer));
            (await TicketApi.ActAsync(supervisor, earlier, "assign", new { technicianId = busy })).EnsureSuccessStatusCode();
        }

        var waiting = await TicketApi.CreateAsync(supervisor, TicketApi.Repair(customer));
        await TicketApi.ContactAsync(supervisor, waiting);
        (await TicketApi.ActAsync(supervisor, waiting, "pend", new { reason = "等待业主确认上门时间" })).EnsureSuccessStatusCode();
        var ticket = await TicketApi.CreateAsync(supervisor, TicketApi.Repair(customer));
        var suggestions = await (await supervisor.GetAsync($"/api/v1/tickets/{ticket.Id()}/assignment-suggestions")).ShouldBeJsonAsync(HttpStatusCode.OK);
        var onEarlier = await (await supervisor.GetAsync($"/api/v1/tickets/{earlier.Id()}/assignment-suggestions")).ShouldBeJsonAsync(HttpStatusCode.OK);
        var board = await (await supervisor.GetAsync("/api/v1/tickets/dispatch-board")).ShouldBeJsonAsync(HttpStatusCode.OK);

        var ranked = suggestions.GetProperty("items").EnumerateArray().ToList();
        Assert.Equal([free, busy, elsewhere, electrician], ranked.Select(s => s.GetProperty("technician").Id()));
        Assert.Equal(["Skilled Plumbing", "SameTeam 工程部", "OpenJobs 0"], ReasonsOf(ranked[0]));
        Assert.Equal(["Skilled Plumbing", "OpenJobs 0"], ReasonsOf(ranked[2]));
        Assert.Equal(["NotSkilled Plumbing", "SameTeam 工程部", "OpenJobs 0"], ReasonsOf(ranked[3]));
        Assert.Equal(["Skilled Plumbing", "SameTeam 工程部", "OpenJobs 2", "AlreadyAssigned"],
            ReasonsOf(onEarlier.GetProperty("items").EnumerateArray().Single(s => s.GetProperty("technician").Id() == busy)));
        Assert.Equal(2, ranked[1].GetProperty("technician").GetProperty("openJobs").GetInt32());
        Assert.Equal(ticket.Id(), Assert.Single(board.GetProperty("unassigned").EnumerateArray()).Id());
        Assert.Equal(2, board.GetProperty("technicians").EnumerateArray().Single(t => t.Id() == busy).GetProperty("openJobs").GetInt32());
        await (await (await App.SignedInAsAsync(StaffRole.Agent)).GetAsync("/api/v1/tickets/dispatch-board")).ShouldBeProblemAsync(HttpStatusCode.Forbidden);
    }

    [Fact]
    public async Task An_appointment_window_is_checked_and_then_schedules_the_ticket()
    {
        var (ticket, _) = await FieldApi.DispatchedJobAsync(Desk);
        var supervisor = await App.SignedInAsAsync(StaffRole.Supervisor);
        var now = App.Clock.GetUtcNow();
        Task<HttpResponseMessage> ScheduleAsync(object body) => TicketApi.ActAsync(supervisor, ticket, "schedule", body);

        await (await ScheduleAsync(new { from = now.AddHours(3), to = now.AddHours(2) })).ShouldBeValidationProblemForAsync("to");
        await (await ScheduleAsync(new { from = now.AddHours(-2), to = now.AddHours(1) })).ShouldBeValidationProblemForAsync("from");
        await (await ScheduleAsync(new { from = now.AddHours(1), to = now.AddHours(26) })).ShouldBeValidationProblemForAsync("to");
        await (await ScheduleAsync(new { to = now.AddHours(2) })).ShouldBeValidationProblemForAsync("from");
        await (await ScheduleAsync(new { from = "tomorrow", to = now.AddHours(2) })).ShouldBeValidationProblemForAsync("from");
        var scheduled = await (await ScheduleAsync(new { from = now.AddHours(18), to = now.AddHours(20) })).ShouldBeJsonAsync(HttpStatusCode.OK);
        var fresh = await TicketApi.CreateAsync(supervisor, TicketApi.Repair(await Desk.CustomerAsync()));
        var notDispatched = await TicketApi.ActAsync(supervisor, fresh, "schedule", new { from = now.AddHours(18), to = now.AddHours(20) });

        Assert.Equal("Scheduled", scheduled.Status());
        Assert.Equal(now.AddHours(18).ToUnixTimeSeconds(), scheduled.GetProperty("appointmentFrom").GetDateTimeOffset().ToUnixTimeSeconds());
        Assert.Contains("Scheduled", await FieldApi.TimelineKindsAsync(supervisor, ticket));
        Assert.Equal("New", (await notDispatched.ShouldBeProblemAsync(HttpStatusCode.Conflict)).GetProperty("currentStatus").GetString());
    }

    [Fact]
    public async Task A_job_handed_back_by_its_only_technician_returns_to_dispatch()
    {
        var (ticket, technician) = await FieldApi.DispatchedJobAsync(Desk);
        var supervisor = await App.SignedInAsAsync(StaffRole.Supervisor);

        var handedBack = await TicketApi.ActAsync(technician, ticket, "hand-back", new { reason = "需要电工，非水管问题" });

        Assert.Equal(HttpStatusCode.NoContent, handedBack.StatusCode);
        var returned = await TicketApi.GetAsync(supervisor, ticket);
        Assert.Equal("New", returned.Status());
        Assert.Equal(0, returned.GetProperty("technicianIds").GetArrayLength());
        Assert.Contains("HandedBack", await FieldApi.TimelineKindsAsync(supervisor, ticket));
        var board = await (await supervisor.GetAsync("/api/v1/tickets/dispatch-board")).ShouldBeJsonAsync(HttpStatusCode.OK);
        Assert.Equal(ticket.Id(), Assert.Single(board.GetProperty("unassigned").EnumerateArray()).Id());
        Assert.Equal(0, (await technician.GetFromJsonAsync<JsonElement>("/api/v1/me/jobs")).GetProperty("items").GetArrayLength());
        await (await TicketApi.ActAsync(technician, ticket, "hand-back", new { reason = "再交回" })).ShouldBeProblemAsync(HttpStatusCode.Forbidden);
    }

    [Fact]
    public async Task Handing_back_while_checked_in_on_site_checks_the_technician_out()
    {
        var (ticket, technician) = await FieldApi.DispatchedJobAsync(Desk);
        var supervisor = await App.SignedInAsAsync(StaffRole.Supervisor);
        var visit = await (await FieldApi.StepAsync(technician, ticket, "check-in")).ShouldBeJsonAsync(HttpStatusCode.OK);

        var handedBack = await TicketApi.ActAsync(technician, ticket, "hand-back", new { reason = "需要电工，非水管问题" });

        Assert.Equal(HttpStatusCode.NoContent, handedBack.StatusCode);
        var timeline = await (await supervisor.GetAsync($"/api/v1/tickets/{ticket.Id()}/timeline")).ShouldBeJsonAsync(HttpStatusCode.OK);
        var kinds = timeline.GetProperty("items").EnumerateArray().Where(i => i.GetProperty("source").GetString() == "ticket").ToDictionary(i => i.GetProperty("kind").GetString()!, i => i.GetProperty("detail").GetString());
        Assert.EndsWith("(handed back)", Assert.Contains("CheckedOut", kinds));
        Assert.Equal("需要电工，非水管问题", Assert.Contains("HandedBack", kinds));
        var order = await FieldApi.TimelineKindsAsync(supervisor, ticket);
        Assert.Equal(order.IndexOf("CheckedOut") + 1, order.IndexOf("HandedBack"));
        Assert.Equal(0, await Desk.CountAsync("SELECT count(*) FROM tickets.technician_visits WHERE checked_out_at IS NULL"));
        Assert.Equal(1, await Desk.CountAsync("SELECT count(*) FROM tickets.outbox_messages WHERE type LIKE '%.TechnicianVisitCompleted'"));

        (await TicketApi.ActAsync(supervisor, ticket, "assign", new { technicianId = visit.GetProperty("technicianId").GetGuid() })).EnsureSuccessStatusCode();
        var nextVisit = await (await FieldApi.StepAsync(technician, ticket, "check-in")).ShouldBeJsonAsync(HttpStatusCode.OK);
        Assert.NotEqual(visit.Id(), nextVisit.Id());
    }

    [Fact]
    public async Task A_refused_hand_back_leaves_the_technician_checked_in()
    {
        var (ticket, technician) = await FieldApi.DispatchedJobAsync(Desk);
        await (await FieldApi.StepAsync(technician, ticket, "check-in")).ShouldBeJsonAsync(HttpStatusCode.OK);
        await (await FieldApi.StepAsync(technician, ticket, "resolve", new { summary = "已修好" })).ShouldBeJsonAsync(HttpStatusCode.OK);

        var handedBack = await TicketApi.ActAsync(technician, ticket, "hand-back", new { reason = "其实修不了" });

        Assert.Equal("Resolved", (await handedBack.ShouldBeProblemAsync(HttpStatusCode.Conflict)).GetProperty("currentStatus").GetString());
        Assert.Equal(1, await Desk.CountAsync("SELECT count(*) FROM tickets.technician_visits WHERE checked_out_at IS NULL"));
        await (await FieldApi.StepAsync(technician, ticket, "check-out")).ShouldBeJsonAsync(HttpStatusCode.OK);
    }

    /// <summary>A suggestion's reasons as "code value" (the value the code is worded with, when it has one).</summary>
    private static List<string> ReasonsOf(JsonElement suggestion) =>
        suggestion.GetProperty("reasons").EnumerateArray()
            .Select(reason => string.Join(' ', new[] { "code", "category", "team", "count" }
                .Select(name => reason.GetProperty(name)).Where(value => value.ValueKind != JsonValueKind.Null).Select(value => value.ToString())))
            .ToList();
}
