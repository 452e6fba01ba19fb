using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Huiyin.Organization.Contracts;
using Huiyin.TestKit;

namespace Huiyin.Customers.Tests;

/// <summary>A sensitive reveal, an export approval and a grading approval each leave one record in the audit trail.</summary>
[Collection(ApiCollection.Name)]
public sealed class AuditTests(HuiyinApp app) : HuiyinTest(app)
{
    [Fact]
    public async Task A_reveal_is_recorded_with_who_and_why_but_never_what_was_revealed()
    {
        var manager = await App.SignedInAsAsync(StaffRole.Manager);
        var idNumber = CustomerData.ResidentId("33010619900101321");
        var id = (await CustomerData.CreateAsync(manager, CustomerData.Person("陈静", "13812340001", idNumber, "6222021234567890"))).GetProperty("id").GetGuid();

        await (await manager.PostAsJsonAsync($"/api/v1/customers/{id}/sensitive", new { reason = "核对身份" })).ShouldBeJsonAsync(HttpStatusCode.OK);

        var record = await SingleAsync("RevealSensitive");
        Assert.Equal(await App.ProvisionAsync("test-manager", StaffRole.Manager), record.GetProperty("actorId").GetGuid());
        Assert.Equal(id.ToString(), record.GetProperty("targetId").GetString());
        Assert.Contains("核对身份", record.ToString());
        Assert.DoesNotContain(idNumber, record.ToString());
        Assert.DoesNotContain("6222021234567890", record.ToString());
    }

    [Fact]
    public async Task Approving_an_export_and_a_grading_run_are_recorded_against_them()
    {
        var agent = await App.SignedInAsAsync(StaffRole.Agent);
        var manager = await App.SignedInAsAsync(StaffRole.Manager);
        var customer = (await CustomerData.CreateAsync(agent, new { type = "Merchant", name = "店铺1", phones = new[] { "13911110001" } })).GetProperty("id").GetGuid();
        await (await agent.PutAsJsonAsync($"/api/v1/customers/{customer}/score",
            new { assetSize = 20, businessScale = 20, brandStrength = 20, cooperativeness = 20, evidence = "年度经营数据与合作记录" })).ShouldBeJsonAsync(HttpStatusCode.OK);
        var export = (await (await agent.PostAsJsonAsync("/api/v1/customers/exports", new { format = "Csv", reason = "季度客户回访名单" }))
            .ShouldBeJsonAsync(HttpStatusCode.Created)).GetProperty("id").GetGuid();
        var run = (await (await agent.PostAsync("/api/v1/customers/grading-runs", null)).ShouldBeJsonAsync(HttpStatusCode.Created)).GetProperty("id").GetGuid();
        Assert.Empty(await RecordsAsync(""));

        await (await manager.PostAsync($"/api/v1/customers/exports/{export}/approve", null)).ShouldBeJsonAsync(HttpStatusCode.OK);
        await (await manager.PostAsync($"/api/v1/customers/grading-runs/{run}/approve", null)).ShouldBeJsonAsync(HttpStatusCode.OK);

        Assert.Equal(export.ToString(), (await SingleAsync("ApproveExport")).GetProperty("targetId").GetString());
        Assert.Equal(run.ToString(), (await SingleAsync("ApproveGradingRun")).GetProperty("targetId").GetString());
    }

    private async Task<JsonElement> SingleAsync(string operation) => Assert.Single(await RecordsAsync($"?operation={operation}"));

    private async Task<JsonElement[]> RecordsAsync(string query)
    {
        var admin = await App.SignedInAsAsync(StaffRole.Admin);
        var page = await (await admin.GetAsync($"/api/v1/audit{query}")).ShouldBeJsonAsync(HttpStatusCode.OK);
        return [.. page.GetProperty("items").EnumerateArray()];
    }
}
