using System.Net;
using Huiyin.Organization.Contracts;
using Huiyin.Sla.Contracts;
using Huiyin.Sla.Seeding;
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

    [Fact]
    public async Task Emergency_policies_added_to_a_catalogue_with_a_catch_all_first_go_ahead_of_it_once_and_win_for_their_category()
    {
        await Sla.ExecuteAsync("""
            DELETE FROM sla.policies WHERE match_category IS NOT NULL;
            UPDATE sla.policies SET "order" = 1 WHERE name = '默认';
            """);

        await App.RunStartupTasksAsync();
        var afterFirstStart = await CatalogueAsync();
        await App.RunStartupTasksAsync();

        Assert.Equal(
            "紧急·电梯困人 1, 紧急·燃气泄漏 2, 紧急·爆管 3, 紧急·火情 4, 紧急·整栋停电 5, 默认 6, 一级VIP客户·复杂工单 15, 一级VIP客户·工单 25, "
            + "重大投诉 35, 重要投诉 45, 一般投诉 55, 复杂工单 65, 标准工单 75, 回访 85",
            await Sla.ScalarAsync<string>("""SELECT string_agg(name || ' ' || "order", ', ' ORDER BY "order") FROM sla.policies"""));
        Assert.Equal(afterFirstStart, await CatalogueAsync());
        Assert.Equal(1L, await Sla.CountAsync("SELECT count(*) FROM platform.audit_records WHERE operation = 'AddEmergencyPolicies'"));

        var started = await Sla.StartTicketClocksAsync(Guid.CreateVersion7(), category: "LiftEntrapment");
        Assert.Equal("紧急·电梯困人", started.PolicyName);
        var resolution = started.Clocks.Single(c => c.Metric == SlaMetric.Resolution).DueAt - App.Clock.GetUtcNow();
        Assert.InRange(resolution, TimeSpan.FromMinutes(119), TimeSpan.FromMinutes(120));
    }

    [Fact]
    public async Task A_host_that_comes_second_to_add_the_emergencies_finds_them_there_and_changes_nothing()
    {
        await Sla.ExecuteAsync("DELETE FROM sla.policies WHERE match_category = 'Fire'");
        await App.RunStartupTasksAsync();
        var catalogue = await CatalogueAsync();

        var second = await Sla.SendAsync(new AddEmergencyPolicies());

        Assert.Equal("emergency_policies_present", second.Error.Code);
        Assert.Equal(catalogue, await CatalogueAsync());
        Assert.Equal(1L, await Sla.CountAsync("SELECT count(*) FROM platform.audit_records WHERE operation = 'AddEmergencyPolicies'"));
    }

    /// <summary>Every policy with its order and row version, which any write renews.</summary>
    private Task<string> CatalogueAsync() =>
        Sla.ScalarAsync<string>("""SELECT string_agg(id || ' ' || "order" || ' ' || xmin, ', ' ORDER BY id) FROM sla.policies""");

    private SlaApp Sla => (SlaApp)App;
}
