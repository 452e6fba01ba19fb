using System.Net;
using System.Text.Json;
using Huiyin.Organization.Contracts;
using Huiyin.TestKit;

namespace Huiyin.Desk.Tests;

/// <summary>A host of its own that seeds the demo data, as the local run does.</summary>
public sealed class DemoRosterApp : HuiyinApp
{
    protected override IReadOnlyDictionary<string, string?> Settings =>
        new Dictionary<string, string?>(base.Settings) { ["Seed:Demo"] = "true", ["Hangfire:Enabled"] = "false" };
}

public sealed class DemoRosterTests(DemoRosterApp app) : IClassFixture<DemoRosterApp>
{
    [Fact]
    public async Task The_demo_has_someone_on_duty_in_every_team_now_and_a_technician_and_the_manager_at_night()
    {
        var agent = await app.SignedInAsAsync(StaffRole.Agent);
        var desk = TimeSpan.FromHours(8);
        var tonight = new DateTimeOffset(DateTimeOffset.UtcNow.ToOffset(desk).Date.AddHours(23), desk);

        var now = await OnDutyAsync(agent, DateTimeOffset.UtcNow);
        var night = await OnDutyAsync(agent, tonight);

        Assert.Equal(5, now.Select(d => d.GetProperty("teamId").GetGuid()).Distinct().Count());
        var roles = night.SelectMany(d => d.GetProperty("people").EnumerateArray())
            .SelectMany(p => p.GetProperty("roles").EnumerateArray().Select(r => r.GetString())).ToHashSet();
        Assert.Superset(new HashSet<string?> { "Technician", "Manager" }, roles);
        Assert.All(night, d => Assert.Equal("夜班", d.GetProperty("shift").GetString()));
    }

    private static async Task<JsonElement[]> OnDutyAsync(HttpClient caller, DateTimeOffset at) =>
        (await (await caller.GetAsync($"/api/v1/duty?at={Uri.EscapeDataString(at.ToString("O"))}")).ShouldBeJsonAsync(HttpStatusCode.OK))
        .EnumerateArray().ToArray();
}
