using System.Net;
using System.Text.Json;
using Huiyin.Customers.Jobs;
using Huiyin.Organization.Contracts;
using Huiyin.TestKit;
using MediatR;
using Microsoft.Extensions.DependencyInjection;

namespace Huiyin.Customers.Tests;

/// <summary>The tier rules the seeds give: a tier-1 customer's account manager of Manager rank, and the July run for newcomers only.</summary>
[Collection(ApiCollection.Name)]
public sealed class TierRulesTests(HuiyinApp app) : HuiyinTest(app)
{
    [Fact]
    public async Task A_tier_1_customer_takes_an_account_manager_of_Manager_rank_or_above_only()
    {
        var agent = await App.SignedInAsAsync(StaffRole.Agent);
        var supervisorId = await App.ProvisionAsync("tier1.supervisor", StaffRole.Supervisor);
        var managerId = await App.ProvisionAsync("tier1.manager", StaffRole.Manager);
        var tierOne = await GradedAsync(agent, await OrganisationAsync(agent, "一级集团", "02160000001", 25));
        var tierTwo = await GradedAsync(agent, await OrganisationAsync(agent, "二级商户", "02160000002", 5));

        var refused = await PatchManagerAsync(agent, tierOne, supervisorId);
        var accepted = await PatchManagerAsync(agent, tierOne, managerId);
        var lowerTier = await PatchManagerAsync(agent, tierTwo, supervisorId);

        var problem = await refused.ShouldBeProblemAsync(HttpStatusCode.BadRequest);
        Assert.Equal("account_manager_below_manager", problem.GetProperty("errorCodes").GetProperty("accountManagerId")[0].GetString());
        Assert.Equal(managerId, (await accepted.ShouldBeJsonAsync(HttpStatusCode.OK)).GetProperty("accountManagerId").GetGuid());
        Assert.Equal(supervisorId, (await lowerTier.ShouldBeJsonAsync(HttpStatusCode.OK)).GetProperty("accountManagerId").GetGuid());
    }

    [Fact]
    public async Task The_July_run_grades_only_customers_without_a_tier_by_the_standing_thresholds()
    {
        var agent = await App.SignedInAsAsync(StaffRole.Agent);
        var tiered = new List<Guid>();
        for (var i = 1; i <= 5; i++)
        {
            tiered.Add(await OrganisationAsync(agent, $"老商户{i}", $"0216100000{i}", i * 4));
        }

        await ApproveAsync(await (await agent.PostAsync("/api/v1/customers/grading-runs", null)).ShouldBeJsonAsync(HttpStatusCode.Created));
        // Totals 16…80 gave tier 1 from 80 and tier 2 from 32; the lowest re-scored to the top must keep its tier 3.
        await CustomerData.ScoreAsync(agent, tiered[0], 25, 25, 25, 25);
        var high = await OrganisationAsync(agent, "新商户高", "02162000001", 21);
        var middle = await OrganisationAsync(agent, "新商户中", "02162000002", 10);
        var low = await OrganisationAsync(agent, "新商户低", "02162000003", 2);
        App.Clock.MoveTo(new DateTimeOffset(2027, 7, 1, 0, 0, 0, TimeSpan.FromHours(8)));

        await using (var scope = App.Services.CreateAsyncScope())
        {
            Assert.True((await scope.ServiceProvider.GetRequiredService<IMediator>().Send(new ScheduledGrading())).IsSuccess);
        }

        agent = await App.SignedInAsAsync(StaffRole.Agent);
        var runs = await (await agent.GetAsync("/api/v1/customers/grading-runs")).ShouldBeJsonAsync(HttpStatusCode.OK);
        var july = await (await agent.GetAsync($"/api/v1/customers/grading-runs/{runs.GetProperty("items")[0].GetProperty("id").GetGuid()}")).ShouldBeJsonAsync(HttpStatusCode.OK);
        var entries = july.GetProperty("entries").EnumerateArray().ToList();
        Assert.Equal([high, middle, low], entries.Select(e => e.GetProperty("customerId").GetGuid()));
        Assert.Equal([1, 2, 3], entries.Select(e => e.GetProperty("proposedTier").GetInt32()));
        await ApproveAsync(july);
        Assert.Equal([3, 2, 2, 2, 1, 1, 2, 3], (await CustomerData.TiersAsync(agent, [.. tiered, high, middle, low])).Select(t => t.GetInt32()));
    }

    private async Task ApproveAsync(JsonElement run) =>
        await (await (await App.SignedInAsAsync(StaffRole.Manager)).PostAsync($"/api/v1/customers/grading-runs/{run.GetProperty("id").GetGuid()}/approve", null))
            .ShouldBeJsonAsync(HttpStatusCode.OK);

    /// <summary>An organisation scored <paramref name="each"/> on each of the four counts.</summary>
    private static async Task<Guid> OrganisationAsync(HttpClient agent, string name, string phone, int each)
    {
        var id = (await CustomerData.CreateAsync(agent, new { type = "Enterprise", name, phones = new[] { phone } })).GetProperty("id").GetGuid();
        await CustomerData.ScoreAsync(agent, id, each, each, each, each);
        return id;
    }

    /// <summary>Every scored organisation graded and approved; returns <paramref name="id"/>.</summary>
    private async Task<Guid> GradedAsync(HttpClient agent, Guid id)
    {
        await ApproveAsync(await (await agent.PostAsync("/api/v1/customers/grading-runs", null)).ShouldBeJsonAsync(HttpStatusCode.Created));
        return id;
    }

    private static async Task<HttpResponseMessage> PatchManagerAsync(HttpClient agent, Guid customer, Guid manager)
    {
        var etag = (await agent.GetAsync($"/api/v1/customers/{customer}")).Headers.ETag!.Tag;
        return await agent.MergePatchAsync($"/api/v1/customers/{customer}", etag, $$"""{"accountManagerId":"{{manager}}"}""");
    }
}
