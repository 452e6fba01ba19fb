using System.Net;
using System.Text.Json;
using Huiyin.Organization.Contracts;
using Huiyin.TestKit;
using Npgsql;

namespace Huiyin.Tickets.Tests;

/// <summary>Timeline lines carry a code and its values beside the English text, and name people rather than ids.</summary>
[Collection(TicketsCollection.Name)]
public sealed class TimelineWordingTests(TicketsApp app) : HuiyinTest(app)
{
    private TicketsApp Desk => (TicketsApp)App;

    [Fact]
    public async Task The_dispatch_line_names_the_technician()
    {
        var (ticket, _) = await FieldApi.DispatchedJobAsync(Desk);
        var technicianId = await App.ProvisionAsync("tech-li", StaffRole.Technician);

        var assigned = Line(await TimelineAsync(ticket), "Assigned");

        Assert.Equal("assigned", assigned.GetProperty("code").GetString());
        Assert.Equal("Test tech-li", Arg(assigned, "technicians"));
        Assert.Equal(technicianId.ToString(), Arg(assigned, "technicianIds"));
        Assert.Equal("Test tech-li", assigned.GetProperty("detail").GetString());
    }

    [Fact]
    public async Task An_assignment_written_before_lines_had_codes_names_the_technician_when_read()
    {
        var (ticket, _) = await FieldApi.DispatchedJobAsync(Desk);
        var technicianId = await App.ProvisionAsync("tech-li", StaffRole.Technician);
        await using (var connection = await App.OpenConnectionAsync())
        {
            await using var command = new NpgsqlCommand(
                $"UPDATE tickets.timeline_entries SET code = NULL, args = '{{}}', detail = '{technicianId}' WHERE kind = 'Assigned'", connection);
            Assert.Equal(1, await command.ExecuteNonQueryAsync());
        }

        var assigned = Line(await TimelineAsync(ticket), "Assigned");

        Assert.Equal("assigned", assigned.GetProperty("code").GetString());
        Assert.Equal("Test tech-li", Arg(assigned, "technicians"));
    }

    [Fact]
    public async Task Every_line_of_intake_field_work_and_the_clocks_has_its_code_and_values()
    {
        var (ticket, technician) = await FieldApi.DispatchedJobAsync(Desk);
        await (await FieldApi.StepAsync(technician, ticket, "check-in", new { latitude = 30.27, longitude = 120.15 })).ShouldBeJsonAsync(HttpStatusCode.OK);
        (await TicketApi.ActAsync(technician, ticket, "hand-back", new { reason = "需要电工" })).EnsureSuccessStatusCode();

        var timeline = await TimelineAsync(ticket);

        var created = Line(timeline, "Created");
        Assert.Equal(("created", "Repair"), (created.GetProperty("code").GetString(), Arg(created, "kind")));
        var checkedIn = Line(timeline, "CheckedIn");
        Assert.Equal(("checked_in_at", "30.27", "120.15"), (checkedIn.GetProperty("code").GetString(), Arg(checkedIn, "latitude"), Arg(checkedIn, "longitude")));
        var checkedOut = Line(timeline, "CheckedOut");
        Assert.Equal(("checked_out_on_hand_back", "00:00"), (checkedOut.GetProperty("code").GetString(), Arg(checkedOut, "duration")));
        var handedBack = Line(timeline, "HandedBack");
        Assert.Equal(("handed_back", "需要电工"), (handedBack.GetProperty("code").GetString(), Arg(handedBack, "reason")));
        var clockStarted = timeline.First(i => i.GetProperty("source").GetString() == "clock");
        Assert.Equal(("clock_started", "FirstContact"), (clockStarted.GetProperty("code").GetString(), Arg(clockStarted, "metric")));
        Assert.All(timeline, line => Assert.False(string.IsNullOrEmpty(line.GetProperty("code").GetString())));
    }

    private async Task<List<JsonElement>> TimelineAsync(JsonElement ticket)
    {
        var supervisor = await App.SignedInAsAsync(StaffRole.Supervisor);
        var timeline = await (await supervisor.GetAsync($"/api/v1/tickets/{ticket.Id()}/timeline")).ShouldBeJsonAsync(HttpStatusCode.OK);
        return timeline.GetProperty("items").EnumerateArray().ToList();
    }

    private static JsonElement Line(List<JsonElement> timeline, string kind) => timeline.Single(i => i.GetProperty("kind").GetString() == kind);

    private static string? Arg(JsonElement line, string name) => line.GetProperty("args").GetProperty(name).GetString();
}
