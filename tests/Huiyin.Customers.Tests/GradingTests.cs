using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Huiyin.Customers.Contracts;
using Huiyin.Organization.Contracts;
using Huiyin.TestKit;

namespace Huiyin.Customers.Tests;

[Collection(ApiCollection.Name)]
public sealed class GradingTests(HuiyinApp app) : HuiyinTest(app)
{
    [Fact]
    public async Task A_run_proposes_tiers_by_rank_and_changes_nothing_until_a_manager_approves()
    {
        var agent = await App.SignedInAsAsync(StaffRole.Agent);
        var manager = await App.SignedInAsAsync(StaffRole.Manager);
        var managerId = await App.ProvisionAsync("senior.am", StaffRole.Manager);
        var supervisorId = await App.ProvisionAsync("junior.am", StaffRole.Supervisor);
        // Ten organisations scored 10, 20, … 100: tier 1 = 2 (15% of 10 rounded half up), tier 3 = 2, tier 2 = 6.
        var ids = new List<Guid>();
        for (var i = 1; i <= 10; i++)
        {
            var org = await CustomerData.CreateAsync(agent, new
            {
                type = i % 2 == 0 ? "Merchant" : "Enterprise", name = $"商户{i:D2}", phones = new[] { $"057188880{i:D3}" },
                accountManagerId = i switch { 10 => managerId, 9 => supervisorId, _ => (Guid?)null },
            });
            ids.Add(org.GetProperty("id").GetGuid());
            await CustomerData.ScoreAsync(agent, ids[^1], i * 10 / 4, i * 10 / 4, i * 10 / 4, (i * 10) - (3 * (i * 10 / 4)));
        }

        var run = await (await agent.PostAsync("/api/v1/customers/grading-runs", null)).ShouldBeJsonAsync(HttpStatusCode.Created);
        var beforeApproval = await CustomerData.TiersAsync(agent, ids);
        var agentApproval = await agent.PostAsync($"/api/v1/customers/grading-runs/{run.GetProperty("id").GetGuid()}/approve", null);
        var approved = await (await manager.PostAsync($"/api/v1/customers/grading-runs/{run.GetProperty("id").GetGuid()}/approve", null)).ShouldBeJsonAsync(HttpStatusCode.OK);
        var again = await manager.PostAsync($"/api/v1/customers/grading-runs/{run.GetProperty("id").GetGuid()}/approve", null);

        Assert.Equal("Proposed", run.GetProperty("status").GetString());
        Assert.Equal((2, 6, 2), Distribution(run));
        var entries = run.GetProperty("entries").EnumerateArray().ToList();
        Assert.Equal(Enumerable.Range(1, 10).Reverse().Select(i => $"商户{i:D2}"), entries.Select(e => e.GetProperty("name").GetString()));
        Assert.Equal([1, 1, 2, 2, 2, 2, 2, 2, 3, 3], entries.Select(e => e.GetProperty("proposedTier").GetInt32()));
        Assert.Equal([false, true, false], entries.Take(3).Select(e => e.GetProperty("managerBelowManager").GetBoolean()));
        Assert.All(beforeApproval, t => Assert.Equal(JsonValueKind.Null, t.ValueKind));
        await agentApproval.ShouldBeProblemAsync(HttpStatusCode.Forbidden);
        Assert.Equal("Approved", approved.GetProperty("status").GetString());
        await again.ShouldBeProblemAsync(HttpStatusCode.Conflict);
        Assert.Equal([3, 3, 2, 2, 2, 2, 2, 2, 1, 1], (await CustomerData.TiersAsync(agent, ids)).Select(t => t.GetInt32()));
        var history = await agent.GetFromJsonAsync<JsonElement>($"/api/v1/customers/{ids[9]}/history");
        Assert.Contains(history.GetProperty("items").EnumerateArray(), h => h.GetProperty("field").GetString() == "tier" && h.GetProperty("newValue").GetString() == "1");
    }

    [Fact]
    public async Task Approval_publishes_CustomerTierChanged_once_per_customer_whose_tier_changed()
    {
        var agent = await App.SignedInAsAsync(StaffRole.Agent);
        var manager = await App.SignedInAsAsync(StaffRole.Manager);
        var ids = new List<Guid>();
        for (var i = 1; i <= 3; i++)
        {
            ids.Add((await CustomerData.CreateAsync(agent, new { type = "Merchant", name = $"店铺{i}", phones = new[] { $"1391111000{i}" } })).GetProperty("id").GetGuid());
            await CustomerData.ScoreAsync(agent, ids[^1], 5 * i, 5, 5, 5);
        }

        var first = await (await agent.PostAsync("/api/v1/customers/grading-runs", null)).ShouldBeJsonAsync(HttpStatusCode.Created);
        await (await manager.PostAsync($"/api/v1/customers/grading-runs/{first.GetProperty("id").GetGuid()}/approve", null)).ShouldBeJsonAsync(HttpStatusCode.OK);
        // Scores 20, 25, 30 gave tiers 3, 2, 1; now the second overtakes the third (35): two tier changes, the first stays.
        await CustomerData.ScoreAsync(agent, ids[1], 20, 5, 5, 5);
        var second = await (await agent.PostAsync("/api/v1/customers/grading-runs", null)).ShouldBeJsonAsync(HttpStatusCode.Created);
        await (await manager.PostAsync($"/api/v1/customers/grading-runs/{second.GetProperty("id").GetGuid()}/approve", null)).ShouldBeJsonAsync(HttpStatusCode.OK);

        var tierEvents = (await EventsAndSummaryTests.OutboxTypesAsync(App)).Count(t => t == typeof(CustomerTierChanged).FullName);
        Assert.Equal(3 + 2, tierEvents);
        Assert.Equal([3, 1, 2], (await CustomerData.TiersAsync(agent, ids)).Select(t => t.GetInt32()));
    }

    [Fact]
    public async Task A_new_run_supersedes_an_unapproved_one_and_persons_cannot_be_scored()
    {
        var agent = await App.SignedInAsAsync(StaffRole.Agent);
        var manager = await App.SignedInAsAsync(StaffRole.Manager);
        var nothing = await agent.PostAsync("/api/v1/customers/grading-runs", null);
        var org = (await CustomerData.CreateAsync(agent, new { type = "Enterprise", name = "某集团", phones = new[] { "02161234567" } })).GetProperty("id").GetGuid();
        var person = (await CustomerData.CreateAsync(agent, CustomerData.Person("业主甲", "13912340000"))).GetProperty("id").GetGuid();
        await CustomerData.ScoreAsync(agent, org, 20, 20, 20, 20);

        var personScore = await agent.PutAsJsonAsync($"/api/v1/customers/{person}/score", new { assetSize = 1, businessScale = 1, brandStrength = 1, cooperativeness = 1, evidence = "x" });
        var badScore = await agent.PutAsJsonAsync($"/api/v1/customers/{org}/score", new { assetSize = 26, businessScale = 1, brandStrength = 1, cooperativeness = -1, evidence = "" });
        var first = await (await agent.PostAsync("/api/v1/customers/grading-runs", null)).ShouldBeJsonAsync(HttpStatusCode.Created);
        await (await agent.PostAsync("/api/v1/customers/grading-runs", null)).ShouldBeJsonAsync(HttpStatusCode.Created);
        var stale = await manager.PostAsync($"/api/v1/customers/grading-runs/{first.GetProperty("id").GetGuid()}/approve", null);

        await nothing.ShouldBeProblemAsync(HttpStatusCode.UnprocessableEntity);
        await personScore.ShouldBeProblemAsync(HttpStatusCode.UnprocessableEntity);
        var problem = await badScore.ShouldBeProblemAsync(HttpStatusCode.BadRequest);
        Assert.Equal(new HashSet<string> { "assetSize", "cooperativeness", "evidence" }, problem.GetProperty("errors").EnumerateObject().Select(e => e.Name).ToHashSet());
        var conflict = await stale.ShouldBeProblemAsync(HttpStatusCode.Conflict);
        Assert.Equal("Superseded", conflict.GetProperty("currentStatus").GetString());
    }

    private static (int, int, int) Distribution(JsonElement run)
    {
        var d = run.GetProperty("distribution");
        return (d.GetProperty("tier1").GetInt32(), d.GetProperty("tier2").GetInt32(), d.GetProperty("tier3").GetInt32());
    }
}
