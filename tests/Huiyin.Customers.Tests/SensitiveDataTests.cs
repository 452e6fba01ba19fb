using System.Net;
using System.Net.Http.Json;
using Huiyin.Organization.Contracts;
using Huiyin.TestKit;

namespace Huiyin.Customers.Tests;

[Collection(ApiCollection.Name)]
public sealed class SensitiveDataTests(HuiyinApp app) : HuiyinTest(app)
{
    [Fact]
    public async Task A_manager_reveals_the_values_and_the_access_log_records_who_when_and_why()
    {
        var agent = await App.SignedInAsAsync(StaffRole.Agent);
        var manager = await App.SignedInAsAsync(StaffRole.Manager);
        var idNumber = CustomerData.ResidentId("33010619900101123");
        var created = await CustomerData.CreateAsync(agent, CustomerData.Person("王建国", "13812345678", idNumber, "6222021234567890123"));
        var id = created.GetProperty("id").GetGuid();

        var revealed = await (await manager.PostAsJsonAsync($"/api/v1/customers/{id}/sensitive", new { reason = "核对退款账户" })).ShouldBeJsonAsync(HttpStatusCode.OK);
        var log = await (await manager.GetAsync($"/api/v1/customers/sensitive-access?customerId={id}")).ShouldBeJsonAsync(HttpStatusCode.OK);

        Assert.Equal(idNumber, revealed.GetProperty("idNumber").GetString());
        Assert.Equal("6222021234567890123", revealed.GetProperty("bankAccount").GetString());
        var entry = Assert.Single(log.GetProperty("items").EnumerateArray());
        Assert.Equal(["idNumber", "bankAccount"], entry.GetProperty("fields").EnumerateArray().Select(f => f.GetString()));
        Assert.Equal("核对退款账户", entry.GetProperty("reason").GetString());
        Assert.Equal(created.GetProperty("number").GetString(), entry.GetProperty("customerNumber").GetString());
        Assert.StartsWith("staff:", entry.GetProperty("accessedBy").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Without_the_permission_a_reveal_is_403_and_nothing_is_logged()
    {
        var agent = await App.SignedInAsAsync(StaffRole.Agent);
        var manager = await App.SignedInAsAsync(StaffRole.Manager);
        var created = await CustomerData.CreateAsync(agent, CustomerData.Person("王建国", "13812345678", CustomerData.ResidentId("33010619900101123")));
        var id = created.GetProperty("id").GetGuid();

        var forbidden = await agent.PostAsJsonAsync($"/api/v1/customers/{id}/sensitive", new { reason = "想看看" });
        var logForAgent = await agent.GetAsync("/api/v1/customers/sensitive-access");
        var noReason = await manager.PostAsJsonAsync($"/api/v1/customers/{id}/sensitive", new { reason = "" });
        var log = await (await manager.GetAsync("/api/v1/customers/sensitive-access")).ShouldBeJsonAsync(HttpStatusCode.OK);

        var problem = await forbidden.ShouldBeProblemAsync(HttpStatusCode.Forbidden);
        Assert.Contains("customers:sensitive", problem.ToString(), StringComparison.Ordinal);
        await logForAgent.ShouldBeProblemAsync(HttpStatusCode.Forbidden);
        await noReason.ShouldBeValidationProblemForAsync("reason");
        Assert.Equal(0, log.GetProperty("items").GetArrayLength());
    }
}
