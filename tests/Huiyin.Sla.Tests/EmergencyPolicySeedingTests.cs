using System.Net;
using Huiyin.Organization.Contracts;
using Huiyin.TestKit;

namespace Huiyin.Sla.Tests;

/// <summary>An installation whose catalogue was seeded before the emergency categories existed gets their policies at start-up.</summary>
[Collection(SlaCollection.Name)]
public sealed class EmergencyPolicySeedingTests(SlaApp app) : HuiyinTest(app)
{
    [Fact]
    public async Task Each_missing_emergency_policy_is_added_once_and_one_of_the_installation_s_own_is_kept()
    {
        var policiesBefore = await Sla.CountAsync("SELECT count(*) FROM sla.policies");
        await Sla.ExecuteAsync("""
            DELETE FROM sla.policies WHERE match_category IN ('GasLeak', 'BurstPipe', 'Fire', 'BuildingPowerCut');
            UPDATE sla.policies SET name = '本小区·电梯困人', resolution = interval '90 minutes' WHERE match_category = 'LiftEntrapment';
            """);

        await App.RunStartupTasksAsync();
        await App.RunStartupTasksAsync();

        var agent = await App.SignedInAsAsync(StaffRole.Agent);
        var policies = (await (await agent.GetAsync("/api/v1/sla/policies")).ShouldBeJsonAsync(HttpStatusCode.OK)).GetProperty("items").EnumerateArray()
            .Where(p => p.GetProperty("match").TryGetProperty("category", out var category) && category.GetString() is not null)
            .ToDictionary(p => p.GetProperty("match").GetProperty("category").GetString()!, p => $"{p.GetProperty("name").GetString()} {p.GetProperty("firstContact").GetString()} {p.GetProperty("resolution").GetString()}");

        Assert.Equal(policiesBefore, await Sla.CountAsync("SELECT count(*) FROM sla.policies"));
        Assert.Equal("本小区·电梯困人 PT10M PT1H30M", policies["LiftEntrapment"]);
        Assert.Equal("紧急·燃气泄漏 PT10M PT2H", policies["GasLeak"]);
        Assert.Equal("紧急·爆管 PT10M PT2H", policies["BurstPipe"]);
        Assert.Equal("紧急·火情 PT10M PT2H", policies["Fire"]);
        Assert.Equal("紧急·整栋停电 PT10M PT2H", policies["BuildingPowerCut"]);
    }

    private SlaApp Sla => (SlaApp)App;
}
