using System.Net;
using System.Net.Http.Json;
using Huiyin.Desk.Contracts;
using Huiyin.Organization.Contracts;
using Huiyin.TestKit;
using MediatR;
using Microsoft.Extensions.DependencyInjection;

namespace Huiyin.Desk.Tests;

[Collection(ApiCollection.Name)]
public sealed class OnDutyTests(HuiyinApp app) : HuiyinTest(app)
{
    [Fact]
    public async Task A_night_shift_that_began_the_evening_before_is_on_duty_after_midnight_until_it_ends()
    {
        var wang = await App.ProvisionAsync("wang", StaffRole.Technician);
        var li = await App.ProvisionAsync("li", StaffRole.Technician);
        var zhao = await App.ProvisionAsync("zhao", StaffRole.Agent);
        var team = await DutyApi.TeamAsync(App, wang, li, zhao);
        await DutyApi.SetRosterAsync(App, team, DutyApi.ThreeShifts, [DutyApi.On(4, "夜班", wang), DutyApi.On(5, "夜班", li), DutyApi.On(5, "早班", zhao)]);
        var agent = await App.SignedInAsAsync(StaffRole.Agent);

        Assert.Equal(["夜班: Test wang"], await DutyApi.OnDutyAsync(agent, DutyApi.Local(5, 3)));
        Assert.Equal(["夜班: Test wang"], await DutyApi.OnDutyAsync(agent, DutyApi.Local(5, 7, 59)));
        Assert.Equal(["早班: Test zhao"], await DutyApi.OnDutyAsync(agent, DutyApi.Local(5, 8)));
        Assert.Equal(["夜班: Test li"], await DutyApi.OnDutyAsync(agent, DutyApi.Local(5, 22)));
        Assert.Empty(await DutyApi.OnDutyAsync(agent, DutyApi.Local(4, 3)));
    }

    [Fact]
    public async Task On_a_holiday_of_the_business_calendar_the_holiday_duty_works_and_the_working_day_shift_does_not()
    {
        var manager = await App.SignedInAsAsync(StaffRole.Manager);
        var calendar = await (await manager.PostAsJsonAsync("/api/v1/sla/calendars", new
        {
            name = "物业办公时间",
            weeklyHours = new[] { "Monday", "Tuesday", "Wednesday", "Thursday", "Friday" }.Select(day => new { day, from = "09:00", to = "18:00" }),
            holidays = new[] { new DateOnly(2027, 1, 6) },
        })).ShouldBeJsonAsync(HttpStatusCode.Created);
        var office = await App.ProvisionAsync("office", StaffRole.Agent);
        var holiday = await App.ProvisionAsync("holiday", StaffRole.Agent);
        var team = await DutyApi.TeamAsync(App, office, holiday);
        object[] shifts = [new { name = "白班", start = "09:00", end = "18:00", days = "WorkingDays" }, new { name = "节假日值班", start = "09:00", end = "18:00", days = "Holidays" }];
        object[] week = [.. Enumerable.Range(4, 5).Select(day => DutyApi.On(day, "白班", office)), DutyApi.On(6, "节假日值班", holiday), DutyApi.On(7, "节假日值班", holiday)];
        await DutyApi.SetRosterAsync(App, team, shifts, week, calendar.Id());

        Assert.Equal(["节假日值班: Test holiday"], await DutyApi.OnDutyAsync(manager, DutyApi.Local(6, 10)));
        Assert.Equal(["白班: Test office"], await DutyApi.OnDutyAsync(manager, DutyApi.Local(7, 10)));
    }

    [Fact]
    public async Task Other_modules_ask_who_is_on_duty_of_one_team_through_the_contract()
    {
        var wang = await App.ProvisionAsync("wang", StaffRole.Technician);
        var li = await App.ProvisionAsync("li", StaffRole.Manager);
        var (early, late) = (await DutyApi.TeamAsync(App, wang), await DutyApi.TeamAsync(App, li));
        await DutyApi.SetRosterAsync(App, early, DutyApi.ThreeShifts, [DutyApi.On(4, "早班", wang)]);
        await DutyApi.SetRosterAsync(App, late, DutyApi.ThreeShifts, [DutyApi.On(4, "早班", li)]);

        await using var scope = App.Services.CreateAsyncScope();
        var onDuty = await scope.ServiceProvider.GetRequiredService<IMediator>().Send(new WhoIsOnDuty(DutyApi.Local(4, 9), late));

        var shift = Assert.Single(onDuty);
        Assert.Equal((late, "早班", DutyApi.Local(4, 8), DutyApi.Local(4, 16)), (shift.TeamId, shift.Shift, shift.From, shift.To));
        Assert.Equal([li], shift.StaffIds);
    }

    [Fact]
    public async Task Setting_a_week_again_replaces_who_works_it()
    {
        var wang = await App.ProvisionAsync("wang", StaffRole.Technician);
        var li = await App.ProvisionAsync("li", StaffRole.Technician);
        var team = await DutyApi.TeamAsync(App, wang, li);
        await DutyApi.SetRosterAsync(App, team, DutyApi.ThreeShifts, [DutyApi.On(4, "早班", wang)]);
        await DutyApi.SetRosterAsync(App, team, DutyApi.ThreeShifts, [DutyApi.On(4, "早班", li)]);

        var roster = await (await (await App.SignedInAsAsync(StaffRole.Agent)).GetAsync($"/api/v1/duty/roster?teamId={team}&weekOf=2027-01-04"))
            .ShouldBeJsonAsync(HttpStatusCode.OK);

        var assignment = Assert.Single(roster.GetProperty("assignments").EnumerateArray());
        Assert.Equal([li], assignment.GetProperty("staffIds").EnumerateArray().Select(id => id.GetGuid()));
        Assert.Equal(3, roster.GetProperty("shifts").GetArrayLength());
    }
}
