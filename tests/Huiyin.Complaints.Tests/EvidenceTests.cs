using System.Net;
using Huiyin.Organization.Contracts;
using Huiyin.TestKit;

namespace Huiyin.Complaints.Tests;

[Collection(ApiCollection.Name)]
public sealed class EvidenceTests(HuiyinApp app) : HuiyinTest(app)
{
    private static readonly byte[] Png = [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 1, 2, 3, 4];

    [Fact]
    public async Task A_photo_of_evidence_is_stored_once_however_often_it_is_sent_listed_and_downloaded_as_an_attachment()
    {
        var agent = await App.SignedInAsAsync(StaffRole.Agent);
        var complaint = await ComplaintApi.RegisteredAsync(agent, ComplaintApi.Body(await ComplaintApi.CustomerAsync(App)));

        var uploaded = await UploadAsync(agent, complaint.Id(), Png, "leak-1");
        var again = await UploadAsync(agent, complaint.Id(), Png, "leak-1");
        var otherBytes = await UploadAsync(agent, complaint.Id(), [.. Png, 5], "leak-1");
        var notAnImage = await UploadAsync(agent, complaint.Id(), [1, 2, 3], "leak-2");
        var unknown = await UploadAsync(agent, Guid.NewGuid(), Png, "leak-3");

        var evidence = await uploaded.ShouldBeJsonAsync(HttpStatusCode.Created);
        Assert.Equal(evidence.Id(), (await again.ShouldBeJsonAsync(HttpStatusCode.OK)).Id());
        Assert.Equal("true", again.Headers.GetValues("Idempotent-Replayed").Single());
        Assert.Equal(HttpStatusCode.UnprocessableEntity, otherBytes.StatusCode);
        await notAnImage.ShouldBeValidationProblemForAsync("file");
        await unknown.ShouldBeProblemAsync(HttpStatusCode.NotFound);
        var listed = await (await agent.GetAsync($"/api/v1/complaints/{complaint.Id()}/evidence")).ShouldBeJsonAsync(HttpStatusCode.OK);
        var item = Assert.Single(listed.GetProperty("items").EnumerateArray());
        Assert.Equal("image/png", item.Text("contentType"));
        Assert.Equal(Png.Length, item.GetProperty("length").GetInt32());
        var download = await agent.GetAsync(item.Text("url"));
        Assert.Equal(HttpStatusCode.OK, download.StatusCode);
        Assert.Equal("attachment", download.Content.Headers.ContentDisposition!.DispositionType);
        Assert.Equal(Png, await download.Content.ReadAsByteArrayAsync());
        Assert.Equal(HttpStatusCode.NotFound, (await agent.GetAsync($"/api/v1/complaints/{complaint.Id()}/evidence/{Guid.NewGuid()}")).StatusCode);
        var timeline = (await (await agent.GetAsync($"/api/v1/complaints/{complaint.Id()}/timeline")).ShouldBeJsonAsync(HttpStatusCode.OK)).GetProperty("items");
        Assert.Equal([evidence.Id().ToString()],
            timeline.EnumerateArray().Where(l => l.GetProperty("code").GetString() == "evidence_added").Select(l => l.GetProperty("args").Text("evidenceId")));
    }

    [Fact]
    public async Task A_closed_complaint_takes_no_more_evidence_and_a_caller_without_complaints_reads_none()
    {
        var closed = await ComplaintApi.InStatusAsync(App, "Closed");
        var agent = await App.SignedInAsAsync(StaffRole.Agent);
        var technician = await App.SignedInAsAsync(StaffRole.Technician);

        var refused = await UploadAsync(agent, closed.Id(), Png, "late-1");

        Assert.Equal("illegal_transition", (await refused.ShouldBeProblemAsync(HttpStatusCode.Conflict)).Text("code"));
        Assert.Equal(HttpStatusCode.Forbidden, (await technician.GetAsync($"/api/v1/complaints/{closed.Id()}/evidence")).StatusCode);
        var listed = await (await agent.GetAsync($"/api/v1/complaints/{closed.Id()}/evidence")).ShouldBeJsonAsync(HttpStatusCode.OK);
        Assert.Empty(listed.GetProperty("items").EnumerateArray());
    }

    private static Task<HttpResponseMessage> UploadAsync(HttpClient caller, Guid complaintId, byte[] content, string key)
    {
        var request = new HttpRequestMessage(HttpMethod.Post, $"/api/v1/complaints/{complaintId}/evidence") { Content = new ByteArrayContent(content) };
        request.Content.Headers.ContentType = new("image/png");
        request.Headers.Add("Idempotency-Key", key);
        return caller.SendAsync(request);
    }
}
