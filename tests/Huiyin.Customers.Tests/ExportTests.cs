using System.Net;
using System.Net.Http.Json;
using System.Text;
using Huiyin.Organization.Contracts;
using Huiyin.TestKit;
using MiniExcelLibs;

namespace Huiyin.Customers.Tests;

[Collection(ApiCollection.Name)]
public sealed class ExportTests(HuiyinApp app) : HuiyinTest(app)
{
    private static readonly string IdNumber = CustomerData.ResidentId("33010619900101123");

    [Fact]
    public async Task An_agent_requests_a_manager_approves_and_the_agent_downloads_a_masked_csv_exactly_once()
    {
        var agent = await App.SignedInAsAsync(StaffRole.Agent);
        var manager = await App.SignedInAsAsync(StaffRole.Manager);
        await CustomerData.CreateAsync(agent, CustomerData.Person("王建国", "13812345678", IdNumber, "6222021234567890123"));
        await CustomerData.CreateAsync(agent, CustomerData.Person("李四", "13900000000"));

        var export = await (await agent.PostAsJsonAsync("/api/v1/customers/exports", new { format = "Csv", reason = "季度客户回访名单", search = "王" })).ShouldBeJsonAsync(HttpStatusCode.Created);
        var id = export.GetProperty("id").GetGuid();
        var early = await agent.GetAsync($"/api/v1/customers/exports/{id}/download");
        await (await manager.PostAsync($"/api/v1/customers/exports/{id}/approve", null)).ShouldBeJsonAsync(HttpStatusCode.OK);
        var download = await agent.GetAsync($"/api/v1/customers/exports/{id}/download");
        var csv = Encoding.UTF8.GetString(await download.Content.ReadAsByteArrayAsync());
        var second = await agent.GetAsync($"/api/v1/customers/exports/{id}/download");
        var log = await (await manager.GetAsync("/api/v1/customers/exports")).ShouldBeJsonAsync(HttpStatusCode.OK);

        Assert.Equal("Requested", export.GetProperty("status").GetString());
        var notYet = await early.ShouldBeProblemAsync(HttpStatusCode.Conflict);
        Assert.Equal("Requested", notYet.GetProperty("currentStatus").GetString());
        Assert.Equal(HttpStatusCode.OK, download.StatusCode);
        Assert.Equal("text/csv", download.Content.Headers.ContentType?.MediaType);
        Assert.Matches(@"^attachment; filename=customers-\d{8}-\d{6}\.csv; filename\*=UTF-8''customers-\d{8}-\d{6}\.csv$", download.Content.Headers.GetValues("Content-Disposition").Single());
        var lines = csv.TrimStart('\uFEFF').Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        Assert.Equal(2, lines.Length);
        Assert.StartsWith("Number,Name,Type,Phones", lines[0], StringComparison.Ordinal);
        Assert.Contains("王建国", lines[1], StringComparison.Ordinal);
        Assert.Contains("3301**********" + IdNumber[^4..], lines[1], StringComparison.Ordinal);
        Assert.DoesNotContain(IdNumber, csv, StringComparison.Ordinal);
        Assert.DoesNotContain("6222021234567890123", csv, StringComparison.Ordinal);
        var problem = await second.ShouldBeProblemAsync(HttpStatusCode.Conflict);
        Assert.Equal("already_downloaded", problem.GetProperty("code").GetString());
        var entry = Assert.Single(log.GetProperty("items").EnumerateArray());
        Assert.Equal("Downloaded", entry.GetProperty("status").GetString());
        Assert.StartsWith("staff:", entry.GetProperty("approvedBy").GetString(), StringComparison.Ordinal);
        Assert.NotEqual(System.Text.Json.JsonValueKind.Null, entry.GetProperty("downloadedAt").ValueKind);
        Assert.Equal("季度客户回访名单", entry.GetProperty("reason").GetString());
    }

    [Fact]
    public async Task An_excel_export_holds_the_masked_rows()
    {
        var agent = await App.SignedInAsAsync(StaffRole.Agent);
        var manager = await App.SignedInAsAsync(StaffRole.Manager);
        await CustomerData.CreateAsync(agent, CustomerData.Person("王建国", "13812345678", IdNumber));
        var id = (await (await agent.PostAsJsonAsync("/api/v1/customers/exports", new { format = "Xlsx", reason = "年度审计" })).ShouldBeJsonAsync(HttpStatusCode.Created))
            .GetProperty("id").GetGuid();
        await (await manager.PostAsync($"/api/v1/customers/exports/{id}/approve", null)).ShouldBeJsonAsync(HttpStatusCode.OK);

        var download = await agent.GetAsync($"/api/v1/customers/exports/{id}/download");
        await using var workbook = new MemoryStream(await download.Content.ReadAsByteArrayAsync());
        var rows = workbook.Query(useHeaderRow: true).Cast<IDictionary<string, object>>().ToList();

        Assert.Equal(HttpStatusCode.OK, download.StatusCode);
        var row = Assert.Single(rows);
        Assert.Equal("王建国", row["Name"]);
        Assert.Equal("3301**********" + IdNumber[^4..], row["IdNumber"]);
    }

    [Fact]
    public async Task Only_another_approver_approves_and_only_the_requester_downloads()
    {
        var agent = await App.SignedInAsAsync(StaffRole.Agent);
        var otherAgent = await App.SignedInAsAsync(StaffRole.Supervisor);
        var manager = await App.SignedInAsAsync(StaffRole.Manager);
        var own = (await (await manager.PostAsJsonAsync("/api/v1/customers/exports", new { format = "Csv", reason = "自查" })).ShouldBeJsonAsync(HttpStatusCode.Created)).GetProperty("id").GetGuid();
        var agents = (await (await agent.PostAsJsonAsync("/api/v1/customers/exports", new { format = "Csv", reason = "回访" })).ShouldBeJsonAsync(HttpStatusCode.Created)).GetProperty("id").GetGuid();

        var selfApproval = await manager.PostAsync($"/api/v1/customers/exports/{own}/approve", null);
        var agentApproval = await agent.PostAsync($"/api/v1/customers/exports/{agents}/approve", null);
        await (await manager.PostAsync($"/api/v1/customers/exports/{agents}/approve", null)).ShouldBeJsonAsync(HttpStatusCode.OK);
        var stranger = await otherAgent.GetAsync($"/api/v1/customers/exports/{agents}/download");
        var othersLog = await (await otherAgent.GetAsync("/api/v1/customers/exports")).ShouldBeJsonAsync(HttpStatusCode.OK);
        var badFormat = await agent.PostAsJsonAsync("/api/v1/customers/exports", new { format = "Pdf", reason = "对账" });
        var noReason = await agent.PostAsJsonAsync("/api/v1/customers/exports", new { format = "Csv", reason = "" });

        await selfApproval.ShouldBeProblemAsync(HttpStatusCode.UnprocessableEntity);
        await agentApproval.ShouldBeProblemAsync(HttpStatusCode.Forbidden);
        await stranger.ShouldBeProblemAsync(HttpStatusCode.Forbidden);
        Assert.Equal(0, othersLog.GetProperty("items").GetArrayLength());
        Assert.Equal(["'format' must be one of: Csv, Xlsx."], await badFormat.ShouldBeValidationProblemForAsync("format"));
        await noReason.ShouldBeValidationProblemForAsync("reason");
    }
}
