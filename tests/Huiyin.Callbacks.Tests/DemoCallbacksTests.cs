using System.Net;
using Huiyin.BuildingBlocks.Time;
using Huiyin.Callbacks.Domain;
using Huiyin.Organization.Contracts;
using Huiyin.TestKit;

namespace Huiyin.Callbacks.Tests;

/// <summary>A host of its own that seeds the demo data, as the local run does.</summary>
public sealed class DemoCallbacksApp : HuiyinApp
{
    protected override IReadOnlyDictionary<string, string?> Settings =>
        new Dictionary<string, string?>(base.Settings) { ["Seed:Demo"] = "true", ["Hangfire:Enabled"] = "false" };
}

public sealed class DemoCallbacksTests(DemoCallbacksApp app) : IClassFixture<DemoCallbacksApp>
{
    [Fact]
    public async Task The_demo_has_callbacks_on_resolved_tickets_due_today_overdue_and_done_with_the_customers_satisfaction()
    {
        var agent = await app.SignedInAsAsync(StaffRole.Agent);

        var today = await CallbackApi.ListAsync(agent, "due=today");
        var overdue = Assert.Single(await CallbackApi.ListAsync(agent, "due=overdue"));
        var done = await CallbackApi.ListAsync(agent, "status=Done");

        Assert.Contains(today, c => c.Text("itemType") == "Ticket" && c.Time("dueAt") > DateTimeOffset.UtcNow);
        Assert.Equal("Due", overdue.Text("status"));
        Assert.Equal([4, 5], done.Select(c => c.GetProperty("satisfaction").GetInt32()).Order());
        Assert.All(done, c => Assert.Equal("Reached", c.GetProperty("attempts")[0].Text("outcome")));
        foreach (var callback in today.Append(overdue))
        {
            Assert.Equal("Resolved", await TicketStatusAsync(agent, callback.GetProperty("itemId").GetGuid()));
        }
    }

    private static async Task<string> TicketStatusAsync(HttpClient caller, Guid ticketId) =>
        (await (await caller.GetAsync($"/api/v1/tickets/{ticketId}")).ShouldBeJsonAsync(HttpStatusCode.OK)).Text("status");
}

public sealed class DemoCallbackDueTimeTests
{
    [Theory]
    [InlineData("2026-12-06T02:00:00Z", "2026-12-06T13:00:00Z")] // 10:00 in Shanghai: the end of the calling day, 21:00
    [InlineData("2026-12-06T14:00:00Z", "2026-12-06T14:30:00Z")] // 22:00: half an hour later
    [InlineData("2026-12-06T15:50:00Z", "2026-12-06T15:55:00Z")] // 23:50: halfway to midnight, still today
    public void Todays_demo_callback_is_due_later_the_same_desk_day(string now, string expected)
    {
        Assert.Equal(DateTimeOffset.Parse(expected), Seeding.DemoCallbacks.DueLaterToday(DateTimeOffset.Parse(now), new CallHours(new DeskTime(TimeZoneInfo.FindSystemTimeZoneById("Asia/Shanghai")))));
    }
}
