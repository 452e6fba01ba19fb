using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Huiyin.Organization.Contracts;
using Huiyin.TestKit;

namespace Huiyin.Desk.Tests;

[Collection(ApiCollection.Name)]
public sealed class HandoverTests(HuiyinApp app) : HuiyinTest(app)
{
    private Guid _team;

    [Fact]
    public async Task The_early_shift_carries_an_open_ticket_over_and_the_next_shift_signs_once()
    {
        App.SetNow(DutyApi.Local(4, 15, 50));
        var (early, late) = await RosterAsync();
        var ticket = await Cases.TicketAsync(App);

        var handover = await (await HandOverAsync(early, [ticket.Id()], "早班")).ShouldBeJsonAsync(HttpStatusCode.Created);
        var unsigned = await ListAsync("?signed=false");
        var byTheSameShift = await AcceptAsync(early, handover.Id());
        var accepted = await (await AcceptAsync(late, handover.Id())).ShouldBeJsonAsync(HttpStatusCode.OK);
        var twice = await AcceptAsync(late, handover.Id());

        Assert.Equal(("早班", "中班", "2027-01-04"), (handover.Text("shift"), handover.Text("nextShift"), handover.Text("nextShiftDate")));
        var carried = Assert.Single(handover.GetProperty("carriedOver").EnumerateArray());
        Assert.Equal(("Ticket", ticket.Text("number"), "New", true), (carried.Text("type"), carried.Text("number"), carried.Text("status"), carried.GetProperty("open").GetBoolean()));
        Assert.Equal(12, handover.GetProperty("counted")[0].GetProperty("count").GetInt32());
        Assert.Equal([handover.Id()], unsigned.Select(h => h.Id()));
        Assert.Equal("same_shift", (await byTheSameShift.ShouldBeProblemAsync(HttpStatusCode.Conflict)).Text("code"));
        Assert.True(accepted.GetProperty("signed").GetBoolean());
        Assert.Equal("illegal_transition", (await twice.ShouldBeProblemAsync(HttpStatusCode.Conflict)).Text("code"));
        Assert.Empty(await ListAsync("?signed=false"));
    }

    [Fact]
    public async Task Only_the_next_shift_accepts_and_only_the_shift_on_duty_hands_over()
    {
        App.SetNow(DutyApi.Local(4, 15, 50));
        var (early, _) = await RosterAsync();
        await App.ProvisionAsync("outsider", StaffRole.Agent);

        var notOnShift = await HandOverAsync(await App.SignedInAsAsync("outsider"), [], "早班");
        var handover = await (await HandOverAsync(early, [], "早班")).ShouldBeJsonAsync(HttpStatusCode.Created);
        var notNext = await AcceptAsync(await App.SignedInAsAsync("outsider"), handover.Id());
        var again = await HandOverAsync(early, [], "早班");

        Assert.Equal("not_on_shift", (await notOnShift.ShouldBeProblemAsync(HttpStatusCode.UnprocessableEntity)).Text("code"));
        Assert.Equal("not_on_next_shift", (await notNext.ShouldBeProblemAsync(HttpStatusCode.UnprocessableEntity)).Text("code"));
        Assert.Equal("shift_handed_over", (await again.ShouldBeProblemAsync(HttpStatusCode.Conflict)).Text("code"));
    }

    [Fact]
    public async Task A_handover_with_bad_input_is_refused_naming_the_field_and_nothing_is_saved()
    {
        App.SetNow(DutyApi.Local(4, 15, 50));
        var (early, _) = await RosterAsync();

        await (await HandOverAsync(early, [Guid.NewGuid()], "早班")).ShouldBeValidationProblemForAsync("carriedOver[0]");
        await (await HandOverAsync(early, [], "午班")).ShouldBeValidationProblemForAsync("shift");
        await (await early.PostAsJsonAsync("/api/v1/handovers", new { teamId = _team, shift = "早班", notes = "", carriedOver = Array.Empty<Guid>(), counted = Array.Empty<object>() }))
            .ShouldBeValidationProblemForAsync("notes");
        await (await early.PostAsJsonAsync("/api/v1/handovers", new { teamId = _team, shift = "早班", notes = "无", carriedOver = Array.Empty<Guid>(), counted = new[] { new { what = "钥匙", count = -1 } } }))
            .ShouldBeValidationProblemForAsync("counted[0].count");

        Assert.Equal(0, await App.CountAsync("SELECT count(*) FROM desk.handovers"));
    }

    [Theory]
    [InlineData(StaffRole.Agent, HttpStatusCode.Forbidden)]
    [InlineData(StaffRole.Technician, HttpStatusCode.Forbidden)]
    [InlineData(StaffRole.Supervisor, HttpStatusCode.OK)]
    [InlineData(StaffRole.Executive, HttpStatusCode.OK)]
    public async Task The_unsigned_handovers_are_listed_for_supervisors_and_above(StaffRole role, HttpStatusCode expected)
    {
        var response = await (await App.SignedInAsAsync(role)).GetAsync("/api/v1/handovers?signed=false");

        Assert.Equal(expected, response.StatusCode);
    }

    private async Task<(HttpClient Early, HttpClient Late)> RosterAsync()
    {
        var zhao = await App.ProvisionAsync("zhao", StaffRole.Agent);
        var qian = await App.ProvisionAsync("qian", StaffRole.Agent);
        _team = await DutyApi.TeamAsync(App, zhao, qian);
        await DutyApi.SetRosterAsync(App, _team, DutyApi.ThreeShifts, [DutyApi.On(4, "早班", zhao), DutyApi.On(4, "中班", qian)]);
        return (await App.SignedInAsAsync("zhao"), await App.SignedInAsAsync("qian"));
    }

    private Task<HttpResponseMessage> HandOverAsync(HttpClient caller, Guid[] carriedOver, string shift) =>
        caller.PostAsJsonAsync("/api/v1/handovers", new
        {
            teamId = _team, shift, notes = "3号楼电梯维保未完，已告知业主", specialEvents = "15:20 消防演练", carriedOver,
            counted = new[] { new { what = "钥匙", count = 12 }, new { what = "对讲机", count = 4 } },
        });

    private static Task<HttpResponseMessage> AcceptAsync(HttpClient caller, Guid id) => caller.PostAsync($"/api/v1/handovers/{id}/accept", null);

    private async Task<JsonElement[]> ListAsync(string query) =>
        (await (await (await App.SignedInAsAsync(StaffRole.Supervisor)).GetAsync($"/api/v1/handovers{query}")).ShouldBeJsonAsync(HttpStatusCode.OK))
        .EnumerateArray().ToArray();
}
