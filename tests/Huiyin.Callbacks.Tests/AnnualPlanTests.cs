using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Huiyin.Callbacks.Features.AnnualPlan;
using Huiyin.Organization.Contracts;
using Huiyin.TestKit;
using Npgsql;

namespace Huiyin.Callbacks.Tests;

/// <summary>The annual plan: every active customer once, spread over the desk's working days, handed round or to the account manager.</summary>
[Collection(AnnualPlanCollection.Name)]
public sealed class AnnualPlanTests(AnnualPlanApp app) : HuiyinTest(app)
{
    private const string Plan = $"{CallbackApi.Route}/annual-plan";

    // Wednesday 1 December 2027: the plan made by hand falls on 2–31 December.
    private static readonly DateTimeOffset FirstOfDecember = CallbackApi.Local(2027, 12, 1, 10);

    private static readonly DateOnly Christmas = new(2027, 12, 24);
    private static readonly DateOnly WorkedSaturday = new(2027, 12, 18);

    private new AnnualPlanApp App => (AnnualPlanApp)base.App;

    [Fact]
    public async Task Every_customer_is_called_once_on_working_days_each_carrying_its_share_handed_round_the_agents_or_to_the_account_manager()
    {
        App.SetNow(FirstOfDecember);
        var admin = await App.SignedInAsAsync(StaffRole.Admin);
        await App.CalendarAsync(await App.SignedInAsAsync(StaffRole.Manager),
            $"BEGIN:VCALENDAR\r\nVERSION:2.0\r\nBEGIN:VEVENT\r\nDTSTART;VALUE=DATE:20271224\r\nSUMMARY:圣诞 休\r\nEND:VEVENT\r\n"
            + "BEGIN:VEVENT\r\nDTSTART;VALUE=DATE:20271218\r\nSUMMARY:年终 补班\r\nEND:VEVENT\r\nEND:VCALENDAR\r\n");
        var accountManager = await App.ProvisionAsync("li.jingli", StaffRole.Supervisor);
        foreach (var name in new[] { "agent.a", "agent.b", "agent.c" })
        {
            await App.ProvisionAsync(name, StaffRole.Agent);
        }

        var agent = await App.SignedInAsAsync(StaffRole.Agent);
        var vips = new[] { await CustomerAsync(agent, 0, accountManager), await CustomerAsync(agent, 1, accountManager) };
        for (var i = 2; i < 50; i++)
        {
            await CustomerAsync(agent, i);
        }

        var outcome = await PlanAsync(admin, 2027);
        var again = await PlanAsync(admin, 2027);

        Assert.Equal((50, 0, 22), (outcome.GetProperty("planned").GetInt32(), outcome.GetProperty("alreadyPlanned").GetInt32(), outcome.GetProperty("workingDays").GetInt32()));
        Assert.Equal((0, 50), (again.GetProperty("planned").GetInt32(), again.GetProperty("alreadyPlanned").GetInt32()));
        var annual = await AnnualAsync();
        Assert.Equal(50, annual.Select(c => c.GetProperty("customerId").GetGuid()).Distinct().Count());
        var perDay = annual.GroupBy(DayOf).ToDictionary(g => g.Key, g => g.Count());
        Assert.Equal(22, perDay.Count);
        Assert.All(perDay.Values, count => Assert.InRange(count, 50 / 22, 50 / 22 + 1));
        Assert.DoesNotContain(Christmas, perDay.Keys);
        Assert.Contains(WorkedSaturday, perDay.Keys);
        Assert.All(perDay.Keys.Where(day => day != WorkedSaturday), day => Assert.InRange((int)day.DayOfWeek, 1, 5));
        Assert.All(annual.Where(c => vips.Contains(c.GetProperty("customerId").GetGuid())), c => Assert.Equal(accountManager, c.GetProperty("assigneeId").GetGuid()));
        var handedRound = annual.Where(c => !vips.Contains(c.GetProperty("customerId").GetGuid())).GroupBy(c => c.GetProperty("assigneeId").GetGuid()).ToList();
        Assert.Equal(4, handedRound.Count);
        Assert.All(handedRound, calls => Assert.Equal(12, calls.Count()));
        Assert.Equal(2, await AuditedPlansAsync());
    }

    [Fact]
    public async Task A_customer_called_back_recently_is_skipped_and_one_registered_later_joins_the_plan_on_the_least_busy_day_ahead()
    {
        App.SetNow(FirstOfDecember);
        var admin = await App.SignedInAsAsync(StaffRole.Admin);
        var agent = await App.SignedInAsAsync(StaffRole.Agent);
        var recentlyCalled = await CustomerAsync(agent, 0);
        for (var i = 1; i < 25; i++)
        {
            await CustomerAsync(agent, i);
        }

        var requested = await CallbackApi.RequestedAsync(agent, recentlyCalled, FirstOfDecember.AddHours(1));
        await (await CallbackApi.AttemptAsync(agent, requested.Id(), new { outcome = "Reached", satisfaction = 5 })).ShouldBeJsonAsync(HttpStatusCode.Created);

        var outcome = await PlanAsync(admin, 2027);
        App.SetNow(CallbackApi.Local(2027, 12, 10, 10));
        var latecomer = await CustomerAsync(await App.SignedInAsAsync(StaffRole.Agent), 99);

        Assert.Equal((24, 1), (outcome.GetProperty("planned").GetInt32(), outcome.GetProperty("throttled").GetInt32()));
        var booked = await LatecomersCallAsync(latecomer);
        var annual = await AnnualAsync();
        Assert.DoesNotContain(annual, c => c.GetProperty("customerId").GetGuid() == recentlyCalled);
        var before = annual.Where(c => c.Id() != booked.Id()).GroupBy(DayOf).ToDictionary(g => g.Key, g => g.Count());
        Assert.True(DayOf(booked) > new DateOnly(2027, 12, 10));
        Assert.Equal(before.Where(d => d.Key > new DateOnly(2027, 12, 10)).Min(d => d.Value), before.GetValueOrDefault(DayOf(booked)));
        Assert.Equal(await App.ProvisionAsync("test-agent", StaffRole.Agent), booked.GetProperty("assigneeId").GetGuid());
    }

    [Fact]
    public async Task A_customer_registered_while_a_page_of_the_plan_commits_waits_for_it_and_is_booked_once()
    {
        App.SetNow(FirstOfDecember);
        var agent = await App.SignedInAsAsync(StaffRole.Agent);
        await CustomerAsync(agent, 0);
        await PlanAsync(await App.SignedInAsAsync(StaffRole.Admin), 2027);
        App.SetNow(CallbackApi.Local(2027, 3, 1, 10));

        Guid latecomer;
        await using (var page = await App.OpenConnectionAsync())
        await using (var transaction = await page.BeginTransactionAsync())
        {
            await using (var takeTurn = new NpgsqlCommand("SELECT pg_advisory_xact_lock(hashtext(@lock))", page, transaction))
            {
                takeTurn.Parameters.AddWithValue("lock", AnnualCallbacks.PlanLock);
                await takeTurn.ExecuteNonQueryAsync();
            }

            latecomer = await CustomerAsync(await App.SignedInAsAsync(StaffRole.Agent), 1);
            await Task.Delay(TimeSpan.FromSeconds(2));
            Assert.DoesNotContain(await AnnualAsync(), c => c.GetProperty("customerId").GetGuid() == latecomer);
            await transaction.CommitAsync();
        }

        await LatecomersCallAsync(latecomer);
        Assert.Single(await AnnualAsync(), c => c.GetProperty("customerId").GetGuid() == latecomer);
    }

    [Theory]
    [InlineData(2026)]
    [InlineData(2029)]
    [InlineData(0)]
    public async Task A_year_other_than_this_or_the_next_is_a_400_naming_the_year(int year)
    {
        App.SetNow(FirstOfDecember);
        var response = await (await App.SignedInAsAsync(StaffRole.Admin)).PostAsJsonAsync(Plan, new { year });

        Assert.NotEmpty(await response.ShouldBeValidationProblemForAsync("year"));
    }

    [Fact]
    public async Task Only_an_admin_makes_the_plan_by_hand()
    {
        var response = await (await App.SignedInAsAsync(StaffRole.Manager)).PostAsJsonAsync(Plan, new { year = DateTimeOffset.UtcNow.Year });

        await response.ShouldBeProblemAsync(HttpStatusCode.Forbidden);
        Assert.Empty(await AnnualAsync());
    }

    private static async Task<Guid> CustomerAsync(HttpClient agent, int i, Guid? accountManagerId = null)
    {
        var response = await agent.PostAsJsonAsync("/api/v1/customers", new
        {
            type = "Owner", name = $"业主{i:000}", phones = new[] { $"139{i:00000000}" }, vip = accountManagerId is not null, accountManagerId,
            allowDuplicate = true, duplicateReason = "同名业主",
        });
        return (await response.ShouldBeJsonAsync(HttpStatusCode.Created)).Id();
    }

    private static async Task<JsonElement> PlanAsync(HttpClient admin, int year) =>
        await (await admin.PostAsJsonAsync(Plan, new { year })).ShouldBeJsonAsync(HttpStatusCode.OK);

    private async Task<JsonElement[]> AnnualAsync() =>
        await CallbackApi.ListAsync(await App.SignedInAsAsync(StaffRole.Manager), "reason=Annual&limit=200");

    /// <summary>The latecomer's call, booked when the outbox delivers their registration (every second).</summary>
    private async Task<JsonElement> LatecomersCallAsync(Guid customerId)
    {
        for (var attempt = 0; attempt < 100; attempt++)
        {
            if ((await AnnualAsync()).FirstOrDefault(c => c.GetProperty("customerId").GetGuid() == customerId) is { ValueKind: JsonValueKind.Object } call)
            {
                return call;
            }

            await Task.Delay(100);
        }

        throw new TimeoutException("The latecomer was not planned.");
    }

    private static DateOnly DayOf(JsonElement callback) => DateOnly.FromDateTime(callback.Time("dueAt").ToOffset(CallbackApi.Shanghai).DateTime);

    private async Task<long> AuditedPlansAsync()
    {
        await using var connection = await App.OpenConnectionAsync();
        await using var command = connection.CreateCommand();
        command.CommandText = "SELECT count(*) FROM platform.audit_records WHERE operation = 'PlanAnnualCallbacks'";
        return (long)(await command.ExecuteScalarAsync())!;
    }
}
