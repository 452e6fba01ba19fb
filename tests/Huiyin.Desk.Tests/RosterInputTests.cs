using System.Net;
using Huiyin.Organization.Contracts;
using Huiyin.TestKit;

namespace Huiyin.Desk.Tests;

[Collection(ApiCollection.Name)]
public sealed class RosterInputTests(HuiyinApp app) : HuiyinTest(app)
{
    [Fact]
    public async Task A_roster_with_bad_input_is_refused_naming_the_field_and_nothing_is_saved()
    {
        var supervisor = await App.SignedInAsAsync(StaffRole.Supervisor);
        var wang = await App.ProvisionAsync("wang", StaffRole.Technician);
        var team = await DutyApi.TeamAsync(App, wang);

        await (await DutyApi.PutRosterAsync(supervisor, new { teamId = team, weekOf = "2027-01-05", shifts = DutyApi.ThreeShifts, assignments = Array.Empty<object>() }))
            .ShouldBeValidationProblemForAsync("weekOf");
        await (await DutyApi.PutRosterAsync(supervisor, new { teamId = team, weekOf = DutyApi.Monday, shifts = DutyApi.ThreeShifts, assignments = new[] { DutyApi.On(4, "晚班", wang) } }))
            .ShouldBeValidationProblemForAsync("assignments[0]");
        await (await DutyApi.PutRosterAsync(supervisor, new { teamId = team, weekOf = DutyApi.Monday, shifts = DutyApi.ThreeShifts, assignments = new[] { DutyApi.On(11, "早班", wang) } }))
            .ShouldBeValidationProblemForAsync("assignments[0]");
        await (await DutyApi.PutRosterAsync(supervisor, new { teamId = team, weekOf = DutyApi.Monday, shifts = DutyApi.ThreeShifts, assignments = new[] { DutyApi.On(4, "早班", wang, Guid.NewGuid()) } }))
            .ShouldBeValidationProblemForAsync("assignments[0].staffIds[1]");
        await (await DutyApi.PutRosterAsync(supervisor, new { teamId = team, weekOf = DutyApi.Monday, shifts = DutyApi.ThreeShifts, assignments = new object?[] { null } }))
            .ShouldBeValidationProblemForAsync("assignments[0]");
        await (await DutyApi.PutRosterAsync(supervisor, new { teamId = team, weekOf = DutyApi.Monday, shifts = new[] { new { name = "", start = "08:00", end = "16:00" } }, assignments = Array.Empty<object>() }))
            .ShouldBeValidationProblemForAsync("shifts[0].name");
        await (await DutyApi.PutRosterAsync(supervisor, new { teamId = team, weekOf = DutyApi.Monday, calendarId = Guid.NewGuid(), shifts = DutyApi.ThreeShifts, assignments = Array.Empty<object>() }))
            .ShouldBeValidationProblemForAsync("calendarId");

        Assert.Equal(0, await App.CountAsync("SELECT count(*) FROM desk.rosters") + await App.CountAsync("SELECT count(*) FROM desk.duty_assignments"));
    }

    [Fact]
    public async Task Someone_of_another_team_or_of_none_is_not_rostered_and_the_field_says_who()
    {
        var supervisor = await App.SignedInAsAsync(StaffRole.Supervisor);
        var wang = await App.ProvisionAsync("wang", StaffRole.Technician);
        var li = await App.ProvisionAsync("li", StaffRole.Technician);
        var zhao = await App.ProvisionAsync("zhao", StaffRole.Manager);
        var team = await DutyApi.TeamAsync(App, wang);
        await DutyApi.TeamAsync(App, li);
        object[] week = [DutyApi.On(4, "早班", wang), DutyApi.On(4, "夜班", wang, li)];

        var otherTeam = await (await DutyApi.PutRosterAsync(supervisor, new { teamId = team, weekOf = DutyApi.Monday, shifts = DutyApi.ThreeShifts, assignments = week }))
            .ShouldBeValidationProblemForAsync("assignments[1].staffIds[1]");
        var noTeam = await (await DutyApi.PutRosterAsync(supervisor, new { teamId = team, weekOf = DutyApi.Monday, shifts = DutyApi.ThreeShifts, assignments = new[] { DutyApi.On(5, "夜班", zhao) } }))
            .ShouldBeValidationProblemForAsync("assignments[0].staffIds[0]");

        Assert.All(otherTeam.Concat(noTeam), message => Assert.Contains("not a member of the roster's team", message));
        Assert.Equal(0, await App.CountAsync("SELECT count(*) FROM desk.rosters") + await App.CountAsync("SELECT count(*) FROM desk.duty_assignments"));
    }

    [Theory]
    [InlineData(StaffRole.Agent, HttpStatusCode.Forbidden)]
    [InlineData(StaffRole.Technician, HttpStatusCode.Forbidden)]
    [InlineData(StaffRole.Executive, HttpStatusCode.Forbidden)]
    [InlineData(StaffRole.Supervisor, HttpStatusCode.OK)]
    [InlineData(StaffRole.Manager, HttpStatusCode.OK)]
    public async Task Only_supervisors_managers_and_admins_set_the_roster(StaffRole role, HttpStatusCode expected)
    {
        var caller = await App.SignedInAsAsync(role);

        var response = await DutyApi.PutRosterAsync(caller, new { teamId = Guid.NewGuid(), weekOf = DutyApi.Monday, shifts = DutyApi.ThreeShifts, assignments = Array.Empty<object>() });

        Assert.Equal(expected, response.StatusCode);
    }
}
