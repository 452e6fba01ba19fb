using System.Net;
using System.Net.Http.Json;
using Huiyin.Organization.Contracts;
using Huiyin.TestKit;

namespace Huiyin.Knowledge.Tests;

[Collection(ApiCollection.Name)]
public sealed class ApprovalTests(HuiyinApp app) : HuiyinTest(app)
{
    [Fact]
    public async Task A_draft_is_approved_by_a_supervisor_once_reworded_back_to_draft_and_retired_once()
    {
        var ownerId = await App.ProvisionAsync("writer", StaffRole.Agent);
        var writer = await App.SignedInAsAsync("writer");
        var supervisor = await App.SignedInAsAsync(StaffRole.Supervisor);
        var draft = await KnowledgeApi.CreateAsync(writer, KnowledgeApi.Entry(ownerId));

        var byAgent = await writer.PostAsync($"/api/v1/knowledge/{draft.Id()}/approve", null);
        var approved = await (await supervisor.PostAsync($"/api/v1/knowledge/{draft.Id()}/approve", null)).ShouldBeJsonAsync(HttpStatusCode.OK);
        var twice = await supervisor.PostAsync($"/api/v1/knowledge/{draft.Id()}/approve", null);
        var offered = await KnowledgeApi.TitlesAsync(writer, "?search=停车");

        Assert.Equal(HttpStatusCode.Forbidden, byAgent.StatusCode);
        Assert.Equal(("Draft", "Approved", "Test writer"), (draft.Text("status"), approved.Text("status"), approved.Text("ownerName")));
        Assert.Equal("illegal_transition", (await twice.ShouldBeProblemAsync(HttpStatusCode.Conflict)).Text("code"));
        Assert.Equal(["停车费标准"], offered);

        var read = await writer.GetAsync($"/api/v1/knowledge/{draft.Id()}");
        var withoutIfMatch = await writer.PutAsJsonAsync($"/api/v1/knowledge/{draft.Id()}", KnowledgeApi.Entry(ownerId, body: "地面车位每月320元。"));
        var edit = new HttpRequestMessage(HttpMethod.Put, $"/api/v1/knowledge/{draft.Id()}") { Content = JsonContent.Create(KnowledgeApi.Entry(ownerId, body: "地面车位每月320元。")) };
        edit.Headers.IfMatch.Add(read.Headers.ETag!);
        var reworded = await (await writer.SendAsync(edit)).ShouldBeJsonAsync(HttpStatusCode.OK);

        Assert.Equal(HttpStatusCode.PreconditionRequired, withoutIfMatch.StatusCode);
        Assert.Equal(("Draft", "地面车位每月320元。"), (reworded.Text("status"), reworded.Text("body")));
        Assert.Empty(await KnowledgeApi.TitlesAsync(writer, "?search=停车"));

        await (await supervisor.PostAsync($"/api/v1/knowledge/{draft.Id()}/retire", null)).ShouldBeJsonAsync(HttpStatusCode.OK);
        var retiredTwice = await supervisor.PostAsync($"/api/v1/knowledge/{draft.Id()}/retire", null);
        var approveRetired = await supervisor.PostAsync($"/api/v1/knowledge/{draft.Id()}/approve", null);
        var retired = await writer.GetAsync($"/api/v1/knowledge/{draft.Id()}");
        var editRetired = new HttpRequestMessage(HttpMethod.Put, $"/api/v1/knowledge/{draft.Id()}") { Content = JsonContent.Create(KnowledgeApi.Entry(ownerId)) };
        editRetired.Headers.IfMatch.Add(retired.Headers.ETag!);

        await retiredTwice.ShouldBeProblemAsync(HttpStatusCode.Conflict);
        await approveRetired.ShouldBeProblemAsync(HttpStatusCode.Conflict);
        await (await writer.SendAsync(editRetired)).ShouldBeProblemAsync(HttpStatusCode.Conflict);
        Assert.Equal(["停车费标准"], await KnowledgeApi.TitlesAsync(writer, "?status=Retired"));
    }

    [Fact]
    public async Task An_entry_with_bad_input_is_refused_naming_the_field_and_nothing_is_saved()
    {
        var ownerId = await App.ProvisionAsync("writer", StaffRole.Agent);
        var writer = await App.SignedInAsAsync("writer");
        var before = await App.CountAsync("SELECT count(*) FROM knowledge.entries");

        await (await writer.PostAsJsonAsync("/api/v1/knowledge", KnowledgeApi.Entry(ownerId, title: " "))).ShouldBeValidationProblemForAsync("title");
        await (await writer.PostAsJsonAsync("/api/v1/knowledge", KnowledgeApi.Entry(ownerId, body: new string('很', 4001)))).ShouldBeValidationProblemForAsync("body");
        await (await writer.PostAsJsonAsync("/api/v1/knowledge", KnowledgeApi.Entry(ownerId, categories: ["停车"]))).ShouldBeValidationProblemForAsync("categories[0]");
        await (await writer.PostAsJsonAsync("/api/v1/knowledge", KnowledgeApi.Entry(Guid.NewGuid()))).ShouldBeValidationProblemForAsync("ownerId");
        await (await writer.PostAsJsonAsync("/api/v1/knowledge", KnowledgeApi.Entry(ownerId, kind: "Rumour"))).ShouldBeValidationProblemForAsync("kind");

        Assert.Equal(before, await App.CountAsync("SELECT count(*) FROM knowledge.entries"));
    }

    [Theory]
    [InlineData(StaffRole.Technician, HttpStatusCode.Forbidden)]
    [InlineData(StaffRole.Executive, HttpStatusCode.Forbidden)]
    [InlineData(StaffRole.Agent, HttpStatusCode.Created)]
    [InlineData(StaffRole.Manager, HttpStatusCode.Created)]
    public async Task The_desk_and_its_leads_write_entries(StaffRole role, HttpStatusCode expected)
    {
        var ownerId = await App.ProvisionAsync("owner", StaffRole.Agent);

        var response = await (await App.SignedInAsAsync(role)).PostAsJsonAsync("/api/v1/knowledge", KnowledgeApi.Entry(ownerId));

        Assert.Equal(expected, response.StatusCode);
    }
}
