using System.Net;
using System.Net.Http.Json;
using Huiyin.Organization.Contracts;
using Huiyin.TestKit;

namespace Huiyin.Complaints.Tests;

/// <summary>A complaint's deadline extension is decided by a Manager, not a Supervisor; the approval moves its resolution deadline.</summary>
[Collection(ApiCollection.Name)]
public sealed class ExtensionTests(HuiyinApp app) : HuiyinTest(app)
{
    [Fact]
    public async Task Only_a_manager_approves_a_complaints_extension_and_the_approval_moves_its_deadline()
    {
        var agent = await App.SignedInAsAsync(StaffRole.Agent);
        var complaint = await ComplaintApi.RegisteredAsync(agent, ComplaintApi.Body(await ComplaintApi.CustomerAsync(App)));
        var due = complaint.GetProperty("sla").GetProperty("resolutionDueAt").GetDateTimeOffset();
        var newDue = DateTimeOffset.FromUnixTimeSeconds(due.AddDays(5).ToUnixTimeSeconds());
        var path = $"/api/v1/complaints/{complaint.GetProperty("id").GetGuid()}/extensions";
        var extension = await (await agent.PostAsJsonAsync(path, new { reason = "需第三方检测机构出具报告", newDueAt = newDue })).ShouldBeJsonAsync(HttpStatusCode.Created);
        var decide = $"{path}/{extension.GetProperty("id").GetGuid()}/approve";

        var bySupervisor = await (await App.SignedInAsAsync(StaffRole.Supervisor)).PostAsJsonAsync(decide, new { });
        var manager = await App.SignedInAsAsync(StaffRole.Manager);
        var queue = await (await manager.GetAsync("/api/v1/sla/extensions")).ShouldBeJsonAsync(HttpStatusCode.OK);
        await (await manager.PostAsJsonAsync(decide, new { note = "同意延期" })).ShouldBeJsonAsync(HttpStatusCode.OK);

        await bySupervisor.ShouldBeProblemAsync(HttpStatusCode.Forbidden);
        Assert.Single(queue.GetProperty("items").EnumerateArray());
        var read = await (await manager.GetAsync($"/api/v1/complaints/{complaint.GetProperty("id").GetGuid()}")).ShouldBeJsonAsync(HttpStatusCode.OK);
        Assert.Equal(newDue, read.GetProperty("sla").GetProperty("resolutionDueAt").GetDateTimeOffset());
    }
}
