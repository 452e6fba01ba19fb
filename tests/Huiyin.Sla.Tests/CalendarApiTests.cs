using System.Net;
using System.Net.Http.Json;
using Huiyin.BuildingBlocks.Results;
using Huiyin.Organization.Contracts;
using Huiyin.Sla.Contracts;
using Huiyin.TestKit;

namespace Huiyin.Sla.Tests;

[Collection(SlaCollection.Name)]
public sealed class CalendarApiTests(SlaApp app) : HuiyinTest(app)
{
    private static readonly object[] OfficeHours =
    [
        new { day = "Monday", from = "08:30", to = "12:00" }, new { day = "Monday", from = "13:30", to = "17:30" },
        new { day = "Tuesday", from = "08:30", to = "17:30" }, new { day = "Wednesday", from = "08:30", to = "17:30" },
        new { day = "Thursday", from = "08:30", to = "17:30" }, new { day = "Friday", from = "08:30", to = "17:30" },
    ];

    [Fact]
    public async Task A_policy_on_a_business_calendar_counts_working_hours_only()
    {
        var manager = await App.SignedInAsAsync(StaffRole.Manager);
        var calendar = await (await manager.PostAsJsonAsync("/api/v1/sla/calendars", new { name = "物业办公时间", weeklyHours = OfficeHours }))
            .ShouldBeJsonAsync(HttpStatusCode.Created);
        await (await manager.PostAsJsonAsync("/api/v1/sla/policies", new
        {
            name = "工作日回访", order = 1, match = new { workType = "Callback" }, firstContact = "PT3H", resolution = "PT3H",
            calendarId = calendar.GetProperty("id").GetGuid(),
        })).ShouldBeJsonAsync(HttpStatusCode.Created);
        var friday = new DateTimeOffset(2026, 11, 27, 16, 0, 0, TimeSpan.FromHours(8));

        var started = await ((SlaApp)App).SendAsync(new StartClocks(
            SlaWorkType.Callback, Guid.NewGuid(), new ClockAttributes(SlaWorkType.Callback), [SlaMetric.CallbackDue], friday));

        Assert.Equal(new DateTimeOffset(2026, 11, 30, 10, 0, 0, TimeSpan.FromHours(8)), started.Value.Clocks[0].DueAt);
        Assert.Equal("Asia/Shanghai", calendar.GetProperty("timeZone").GetString());
    }

    [Fact]
    public async Task Each_clock_starts_under_the_policies_and_calendars_as_they_are_at_that_moment()
    {
        var manager = await App.SignedInAsAsync(StaffRole.Manager);
        var calendar = await (await manager.PostAsJsonAsync("/api/v1/sla/calendars", new { name = "物业办公时间", weeklyHours = OfficeHours }))
            .ShouldBeJsonAsync(HttpStatusCode.Created);
        var calendarId = calendar.GetProperty("id").GetGuid();
        var policy = await (await manager.PostAsJsonAsync("/api/v1/sla/policies", new
        {
            name = "工作日回访", order = 1, match = new { workType = "Callback" }, firstContact = "PT3H", resolution = "PT3H", calendarId,
        })).ShouldBeJsonAsync(HttpStatusCode.Created);
        var friday = new DateTimeOffset(2026, 11, 27, 16, 0, 0, TimeSpan.FromHours(8));
        Task<Result<StartedClocks>> StartCallbackClockAsync() => ((SlaApp)App).SendAsync(new StartClocks(
            SlaWorkType.Callback, Guid.NewGuid(), new ClockAttributes(SlaWorkType.Callback), [SlaMetric.CallbackDue], friday));

        var beforeTheHoliday = await StartCallbackClockAsync();
        const string mondayOff = "BEGIN:VCALENDAR\r\nBEGIN:VEVENT\r\nDTSTART;VALUE=DATE:20261130\r\nSUMMARY:调休\r\nEND:VEVENT\r\nEND:VCALENDAR\r\n";
        await (await manager.PostAsJsonAsync($"/api/v1/sla/calendars/{calendarId}/import", new { ics = mondayOff })).ShouldBeJsonAsync(HttpStatusCode.OK);
        var afterTheHoliday = await StartCallbackClockAsync();
        await (await manager.PostAsync($"/api/v1/sla/policies/{policy.GetProperty("id").GetGuid()}/retire", null)).ShouldBeJsonAsync(HttpStatusCode.OK);
        var afterRetiring = await StartCallbackClockAsync();

        Assert.Equal(new DateTimeOffset(2026, 11, 30, 10, 0, 0, TimeSpan.FromHours(8)), beforeTheHoliday.Value.Clocks[0].DueAt);
        Assert.Equal(new DateTimeOffset(2026, 12, 1, 10, 0, 0, TimeSpan.FromHours(8)), afterTheHoliday.Value.Clocks[0].DueAt);
        Assert.Equal("工作日回访", afterTheHoliday.Value.PolicyName);
        Assert.NotEqual("工作日回访", afterRetiring.Value.PolicyName);
    }

    [Fact]
    public async Task Official_holidays_and_make_up_days_are_imported_from_an_icalendar_file()
    {
        var manager = await App.SignedInAsAsync(StaffRole.Manager);
        var calendar = await (await manager.PostAsJsonAsync("/api/v1/sla/calendars", new { name = "国庆", weeklyHours = OfficeHours }))
            .ShouldBeJsonAsync(HttpStatusCode.Created);
        const string ics = "BEGIN:VCALENDAR\r\nVERSION:2.0\r\nBEGIN:VEVENT\r\nDTSTART;VALUE=DATE:20261001\r\nDTEND;VALUE=DATE:20261004\r\nSUMMARY:国庆节 休\r\nEND:VEVENT\r\n"
                           + "BEGIN:VEVENT\r\nDTSTART;VALUE=DATE:20260926\r\nSUMMARY:国庆节 补\r\n 班\r\nEND:VEVENT\r\nEND:VCALENDAR\r\n";

        var imported = await (await manager.PostAsJsonAsync($"/api/v1/sla/calendars/{calendar.GetProperty("id").GetGuid()}/import", new { ics }))
            .ShouldBeJsonAsync(HttpStatusCode.OK);
        var notIcs = await manager.PostAsJsonAsync($"/api/v1/sla/calendars/{calendar.GetProperty("id").GetGuid()}/import", new { ics = "hello" });

        Assert.Equal(["2026-10-01", "2026-10-02", "2026-10-03"], imported.GetProperty("holidays").EnumerateArray().Select(d => d.GetString()));
        Assert.Equal(["2026-09-26"], imported.GetProperty("makeUpWorkdays").EnumerateArray().Select(d => d.GetString()));
        await notIcs.ShouldBeValidationProblemForAsync("ics");
    }

    [Fact]
    public async Task A_calendar_with_no_working_time_overlapping_hours_or_an_unknown_or_Windows_time_zone_is_refused()
    {
        var manager = await App.SignedInAsAsync(StaffRole.Manager);

        var empty = await manager.PostAsJsonAsync("/api/v1/sla/calendars", new { name = "空", weeklyHours = Array.Empty<object>() });
        var overlapping = await manager.PostAsJsonAsync("/api/v1/sla/calendars", new
        {
            name = "重叠", weeklyHours = new[] { new { day = "Monday", from = "08:00", to = "12:00" }, new { day = "Monday", from = "11:00", to = "14:00" } },
        });
        var backwards = await manager.PostAsJsonAsync("/api/v1/sla/calendars", new
        {
            name = "倒置", weeklyHours = new[] { new { day = "Monday", from = "17:00", to = "08:00" } },
        });
        var zone = await manager.PostAsJsonAsync("/api/v1/sla/calendars", new { name = "火星", timeZone = "Mars/Olympus", weeklyHours = OfficeHours });
        var windowsZone = await manager.PostAsJsonAsync("/api/v1/sla/calendars", new { name = "视窗", timeZone = "China Standard Time", weeklyHours = OfficeHours });

        await empty.ShouldBeValidationProblemForAsync("weeklyHours");
        await overlapping.ShouldBeValidationProblemForAsync("weeklyHours");
        await backwards.ShouldBeValidationProblemForAsync("weeklyHours[0]");
        await zone.ShouldBeValidationProblemForAsync("timeZone");
        await windowsZone.ShouldBeValidationProblemForAsync("timeZone");
    }
}
