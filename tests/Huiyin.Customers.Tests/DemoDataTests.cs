using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Huiyin.Organization.Contracts;
using Huiyin.TestKit;

namespace Huiyin.Customers.Tests;

/// <summary>A host of its own that seeds the demo data, as the local run does.</summary>
public sealed class DemoApp : HuiyinApp
{
    protected override IReadOnlyDictionary<string, string?> Settings =>
        new Dictionary<string, string?>(base.Settings) { ["Seed:Demo"] = "true" };
}

public sealed class DemoDataTests(DemoApp app) : IClassFixture<DemoApp>
{
    [Fact]
    public async Task The_demo_has_hundreds_of_customers_scored_merchants_and_one_approved_grading_run()
    {
        var manager = await app.SignedInAsAsync(StaffRole.Manager);

        var runs = await (await manager.GetAsync("/api/v1/customers/grading-runs")).ShouldBeJsonAsync(HttpStatusCode.OK);
        var all = await CountAsync(manager, "");
        var merchants = await CountAsync(manager, "type=Merchant");
        var tier1 = await CountAsync(manager, "tier=1");
        var first = await manager.GetFromJsonAsync<JsonElement>("/api/v1/customers?limit=1");

        var run = Assert.Single(runs.GetProperty("items").EnumerateArray());
        Assert.Equal("Approved", run.GetProperty("status").GetString());
        Assert.Equal(30, run.GetProperty("count").GetInt32());
        Assert.Equal(330, all);
        Assert.InRange(merchants, 10, 30);
        Assert.True(tier1 > 0);
        Assert.Matches(@"^\p{IsCJKUnifiedIdeographs}", first.GetProperty("items")[0].GetProperty("name").GetString());
    }

    private static async Task<int> CountAsync(HttpClient client, string query)
    {
        var count = 0;
        string? cursor = null;
        do
        {
            var page = await client.GetFromJsonAsync<JsonElement>($"/api/v1/customers?limit=200&{query}{(cursor is null ? "" : $"&cursor={cursor}")}");
            count += page.GetProperty("items").GetArrayLength();
            cursor = page.GetProperty("nextCursor").GetString();
        }
        while (cursor is not null);
        return count;
    }
}
