using System.Net;
using System.Net.Http.Json;
using Huiyin.Organization.Contracts;
using Huiyin.TestKit;

namespace Huiyin.Tickets.Tests;

[Collection(TicketsCollection.Name)]
public sealed class ReviewTests(TicketsApp app) : HuiyinTest(app)
{
    private static readonly TimeZoneInfo Shanghai = TimeZoneInfo.FindSystemTimeZoneById("Asia/Shanghai");

    private TicketsApp Desk => (TicketsApp)App;

    [Fact]
    public async Task A_daily_sign_off_records_the_days_counts_once()
    {
        var agent = await App.SignedInAsAsync(StaffRole.Agent);
        var customer = await Desk.CustomerAsync();
        var ticket = await TicketApi.CreateAsync(agent, TicketApi.Repair(customer));
        await TicketApi.CreateAsync(agent, TicketApi.Repair(customer));
        await TicketApi.CreateAsync(agent, new { kind = "Enquiry", channel = "Phone", customerId = customer, category = "Other", description = "停水通知", resolvedOnTheSpot = true, answer = "明早恢复" });
        App.Clock.Advance(TimeSpan.FromHours(4));
        await Desk.SweepAsync();
        var supervisor = await App.SignedInAsAsync(StaffRole.Supervisor);
        var day = DayOf(ticket.GetProperty("createdAt").GetDateTimeOffset());

        var signed = await (await supervisor.PostAsJsonAsync("/api/v1/tickets/reviews/daily", new { day, findings = "两单待上门，已提醒跟进" })).ShouldBeJsonAsync(HttpStatusCode.Created);
        var again = await supervisor.PostAsJsonAsync("/api/v1/tickets/reviews/daily", new { day, findings = "再签一次" });

        var counts = signed.GetProperty("counts");
        Assert.Equal((3, 1, 2, 2), (counts.GetProperty("created").GetInt32(), counts.GetProperty("resolved").GetInt32(),
            counts.GetProperty("stillOpen").GetInt32(), counts.GetProperty("breached").GetInt32()));
        Assert.Equal("Test test-supervisor", signed.GetProperty("signerName").GetString());
        await again.ShouldBeProblemAsync(HttpStatusCode.Conflict);
    }

    [Fact]
    public async Task A_day_with_tickets_and_no_sign_off_is_listed_as_unsigned()
    {
        var customer = await Desk.CustomerAsync();
        var first = await TicketApi.CreateAsync(await App.SignedInAsAsync(StaffRole.Agent), TicketApi.Repair(customer));
        App.Clock.Advance(TimeSpan.FromDays(2));
        var second = await TicketApi.CreateAsync(await App.SignedInAsAsync(StaffRole.Agent), TicketApi.Repair(customer));
        var supervisor = await App.SignedInAsAsync(StaffRole.Supervisor);
        var (unsignedDay, signedDay) = (DayOf(first.GetProperty("createdAt").GetDateTimeOffset()), DayOf(second.GetProperty("createdAt").GetDateTimeOffset()));
        (await supervisor.PostAsJsonAsync("/api/v1/tickets/reviews/daily", new { day = signedDay, findings = "无异常" })).EnsureSuccessStatusCode();

        var sheet = await (await supervisor.GetAsync($"/api/v1/tickets/reviews/daily?from={unsignedDay:yyyy-MM-dd}&to={signedDay:yyyy-MM-dd}")).ShouldBeJsonAsync(HttpStatusCode.OK);

        Assert.Equal([unsignedDay.ToString("yyyy-MM-dd")], sheet.GetProperty("unsignedDays").EnumerateArray().Select(d => d.GetString()));
        Assert.Equal(["Signed", "Unsigned"], sheet.GetProperty("days").EnumerateArray().Select(d => d.GetProperty("status").GetString()));
        Assert.Equal(1, sheet.GetProperty("days")[1].GetProperty("counts").GetProperty("stillOpen").GetInt32());
        await (await supervisor.GetAsync("/api/v1/tickets/reviews/daily?from=2026-11-30&to=2026-11-01")).ShouldBeValidationProblemForAsync("to");
        await (await supervisor.GetAsync("/api/v1/tickets/reviews/daily?from=yesterday")).ShouldBeValidationProblemForAsync("from");
    }

    [Fact]
    public async Task A_month_is_due_for_review_by_the_5th_and_overdue_after()
    {
        MoveTo(new DateTime(2027, 2, 10, 10, 0, 0));
        await TicketApi.CreateAsync(await App.SignedInAsAsync(StaffRole.Agent), TicketApi.Repair(await Desk.CustomerAsync()));
        MoveTo(new DateTime(2027, 3, 5, 22, 0, 0));
        var manager = await App.SignedInAsAsync(StaffRole.Manager);
        var onTime = await (await manager.PostAsJsonAsync("/api/v1/tickets/reviews/monthly", new { month = "2027-02", findings = "报修记录完整" })).ShouldBeJsonAsync(HttpStatusCode.Created);
        var dueOnThe5th = await MonthsAsync(manager);

        MoveTo(new DateTime(2027, 4, 6, 9, 0, 0));
        manager = await App.SignedInAsAsync(StaffRole.Manager);
        var overdue = await MonthsAsync(manager);
        var late = await (await manager.PostAsJsonAsync("/api/v1/tickets/reviews/monthly", new { month = "2027-03", findings = "补查" })).ShouldBeJsonAsync(HttpStatusCode.Created);
        var twice = await manager.PostAsJsonAsync("/api/v1/tickets/reviews/monthly", new { month = "2027-03", findings = "再查" });

        Assert.False(onTime.GetProperty("late").GetBoolean());
        Assert.Equal(1, onTime.GetProperty("counts").GetProperty("created").GetInt32());
        Assert.Equal(["2027-02:Reviewed"], dueOnThe5th.Months);
        Assert.Equal(["2027-03:Overdue", "2027-02:Reviewed"], overdue.Months);
        Assert.Equal(["2027-03"], overdue.Overdue);
        Assert.True(late.GetProperty("late").GetBoolean());
        Assert.Equal("2027-04-05", late.GetProperty("dueBy").GetString());
        await twice.ShouldBeProblemAsync(HttpStatusCode.Conflict);
        Assert.Equal(["2027-03:ReviewedLate", "2027-02:Reviewed"], (await MonthsAsync(manager)).Months);
    }

    [Fact]
    public async Task Bad_review_input_is_a_400_naming_the_field()
    {
        var supervisor = await App.SignedInAsAsync(StaffRole.Supervisor);
        var manager = await App.SignedInAsAsync(StaffRole.Manager);
        var tomorrow = DayOf(App.Clock.GetUtcNow().AddDays(1));

        await (await supervisor.PostAsJsonAsync("/api/v1/tickets/reviews/daily", new { day = "2026-13-45", findings = "x" })).ShouldBeValidationProblemForAsync("day");
        await (await supervisor.PostAsJsonAsync("/api/v1/tickets/reviews/daily", new { day = tomorrow, findings = "x" })).ShouldBeValidationProblemForAsync("day");
        await (await supervisor.PostAsJsonAsync("/api/v1/tickets/reviews/daily", new { findings = "x" })).ShouldBeValidationProblemForAsync("day");
        await (await supervisor.PostAsJsonAsync("/api/v1/tickets/reviews/daily", new { day = DayOf(App.Clock.GetUtcNow()), findings = " " })).ShouldBeValidationProblemForAsync("findings");
        await (await manager.PostAsJsonAsync("/api/v1/tickets/reviews/monthly", new { month = "10-2026", findings = "x" })).ShouldBeValidationProblemForAsync("month");
        await (await manager.PostAsJsonAsync("/api/v1/tickets/reviews/monthly", new { month = DayOf(App.Clock.GetUtcNow()).ToString("yyyy-MM"), findings = "x" }))
            .ShouldBeValidationProblemForAsync("month");
        await (await manager.GetAsync("/api/v1/tickets/reviews/monthly?from=2026-1")).ShouldBeValidationProblemForAsync("from");
        await (await supervisor.PostAsJsonAsync("/api/v1/tickets/reviews/monthly", new { month = "2026-10", findings = "x" })).ShouldBeProblemAsync(HttpStatusCode.Forbidden);
        Assert.Equal(0, await Desk.CountAsync("SELECT count(*) FROM tickets.daily_reviews") + await Desk.CountAsync("SELECT count(*) FROM tickets.monthly_reviews"));
    }

    private static DateOnly DayOf(DateTimeOffset instant) => DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(instant, Shanghai).DateTime);

    /// <summary>Moves the host's clock to a wall-clock time in Shanghai.</summary>
    private void MoveTo(DateTime shanghai)
    {
        var target = new DateTimeOffset(shanghai, Shanghai.GetUtcOffset(shanghai));
        App.Clock.Advance(target - App.Clock.GetUtcNow());
    }

    private static async Task<(List<string> Months, List<string> Overdue)> MonthsAsync(HttpClient manager)
    {
        var sheet = await (await manager.GetAsync("/api/v1/tickets/reviews/monthly")).ShouldBeJsonAsync(HttpStatusCode.OK);
        return (sheet.GetProperty("months").EnumerateArray().Select(m => $"{m.GetProperty("month").GetString()}:{m.GetProperty("status").GetString()}").ToList(),
            sheet.GetProperty("overdueMonths").EnumerateArray().Select(m => m.GetString()!).ToList());
    }
}
