using System.Net;
using System.Net.Http.Json;
using Huiyin.Organization.Contracts;
using Huiyin.TestKit;

namespace Huiyin.Tickets.Tests;

[Collection(TicketsCollection.Name)]
public sealed class FieldWorkTests(TicketsApp app) : HuiyinTest(app)
{
    private TicketsApp Desk => (TicketsApp)App;

    [Fact]
    public async Task Only_the_technicians_on_the_job_may_work_it()
    {
        var (ticket, technician) = await FieldApi.DispatchedJobAsync(Desk);
        await App.ProvisionAsync("tech-wang", StaffRole.Technician);
        var stranger = await App.SignedInAsAsync("tech-wang");
        var agent = await App.SignedInAsAsync(StaffRole.Agent);

        await (await stranger.GetAsync($"/api/v1/me/jobs/{ticket.Id()}")).ShouldBeProblemAsync(HttpStatusCode.Forbidden);
        await (await FieldApi.StepAsync(stranger, ticket, "check-in")).ShouldBeProblemAsync(HttpStatusCode.Forbidden);
        await (await TicketApi.ActAsync(stranger, ticket, "hand-back", new { reason = "不是我的活" })).ShouldBeProblemAsync(HttpStatusCode.Forbidden);
        var forbidden = await (await agent.GetAsync("/api/v1/me/jobs")).ShouldBeProblemAsync(HttpStatusCode.Forbidden);
        Assert.Contains("tickets:field-work", forbidden.GetProperty("detail").GetString());
        await (await technician.PostAsJsonAsync($"/api/v1/me/jobs/{Guid.NewGuid()}/check-in", new { })).ShouldBeProblemAsync(HttpStatusCode.NotFound);
        var stillAssigned = await TicketApi.GetAsync(agent, ticket);
        Assert.Equal("Assigned", stillAssigned.Status());
    }

    [Fact]
    public async Task A_job_is_worked_from_check_in_to_resolve_and_check_out_with_every_step_on_the_timeline()
    {
        var (ticket, technician) = await FieldApi.DispatchedJobAsync(Desk);
        var jobs = await (await technician.GetAsync("/api/v1/me/jobs")).ShouldBeJsonAsync(HttpStatusCode.OK);
        var listed = Assert.Single(jobs.GetProperty("items").EnumerateArray());
        Assert.Equal("王建国", listed.GetProperty("customerName").GetString());
        Assert.True(listed.GetProperty("lead").GetBoolean());

        var visit = await (await FieldApi.StepAsync(technician, ticket, "check-in", new { latitude = 30.2741, longitude = 120.1551 })).ShouldBeJsonAsync(HttpStatusCode.OK);
        var retried = await (await FieldApi.StepAsync(technician, ticket, "check-in")).ShouldBeJsonAsync(HttpStatusCode.OK);
        Assert.Equal(visit.Id(), retried.Id());
        await (await FieldApi.StepAsync(technician, ticket, "work-log", new
        {
            explanation = "更换下水管接头，试水无渗漏",
            materials = new[] { new { name = "PVC 接头 DN50", quantity = 2m, unit = "个" }, new { name = "生料带", quantity = 1m, unit = "卷" } },
        })).ShouldBeJsonAsync(HttpStatusCode.Created);
        var photo = await (await FieldApi.UploadAsync(technician, ticket, FieldApi.Jpeg(), "image/jpeg")).ShouldBeJsonAsync(HttpStatusCode.Created);
        await (await FieldApi.StepAsync(technician, ticket, "sign-off", FieldApi.SignOff())).ShouldBeJsonAsync(HttpStatusCode.Created);
        var resolved = await (await FieldApi.StepAsync(technician, ticket, "resolve", new { summary = "接头老化，已更换", chargeable = true, fee = 80m }))
            .ShouldBeJsonAsync(HttpStatusCode.OK);
        var checkedOut = await (await FieldApi.StepAsync(technician, ticket, "check-out")).ShouldBeJsonAsync(HttpStatusCode.OK);

        Assert.Equal("Resolved", resolved.Status());
        Assert.True(checkedOut.TryGetProperty("checkedOutAt", out var outAt) && outAt.ValueKind != System.Text.Json.JsonValueKind.Null);
        var download = await technician.GetAsync(photo.GetProperty("url").GetString());
        Assert.Equal(HttpStatusCode.OK, download.StatusCode);
        Assert.Equal("image/jpeg", download.Content.Headers.ContentType?.MediaType);
        Assert.Equal(FieldApi.Jpeg(), await download.Content.ReadAsByteArrayAsync());
        Assert.Equal("attachment", download.Content.Headers.ContentDisposition?.DispositionType);
        Assert.Equal($"photo-{photo.GetProperty("id").GetGuid()}.jpg", download.Content.Headers.ContentDisposition?.FileNameStar);
        var detail = await (await technician.GetAsync($"/api/v1/me/jobs/{ticket.Id()}")).ShouldBeJsonAsync(HttpStatusCode.OK);
        Assert.Equal(2, detail.GetProperty("workLogs")[0].GetProperty("materials").GetArrayLength());
        Assert.Equal(1, detail.GetProperty("photos").GetArrayLength());
        Assert.True(detail.GetProperty("signOffs")[0].GetProperty("satisfied").GetBoolean());
        Assert.Equal(30.2741, detail.GetProperty("visits")[0].GetProperty("latitude").GetDouble());

        var supervisor = await App.SignedInAsAsync(StaffRole.Supervisor);
        var stored = await TicketApi.GetAsync(supervisor, ticket);
        Assert.True(stored.GetProperty("chargeable").GetBoolean());
        Assert.Equal(80m, stored.GetProperty("fee").GetDecimal());
        var kinds = await FieldApi.TimelineKindsAsync(supervisor, ticket);
        Assert.Equal(["CheckedIn", "WorkLogged", "PhotoAdded", "SignedOff", "CheckedOut"], kinds.Where(k => k is "CheckedIn" or "WorkLogged" or "PhotoAdded" or "SignedOff" or "CheckedOut"));
        Assert.Equal(1, await Desk.CountAsync("SELECT count(*) FROM tickets.timeline_entries WHERE kind = 'StatusChanged' AND to_status = 'Resolved'"));
        Assert.Equal(1, await Desk.CountAsync(
            $"SELECT count(*) FROM tickets.outbox_messages WHERE type LIKE '%.TechnicianVisitCompleted' AND payload::jsonb->>'customerId' = '{stored.GetProperty("customerId").GetGuid()}'"));
        Assert.Equal(0, (await (await technician.GetAsync("/api/v1/me/jobs")).ShouldBeJsonAsync(HttpStatusCode.OK)).GetProperty("items").GetArrayLength());
    }

    [Fact]
    public async Task Work_on_a_job_not_checked_in_is_a_409_naming_the_status()
    {
        var (ticket, technician) = await FieldApi.DispatchedJobAsync(Desk);

        var log = await FieldApi.StepAsync(technician, ticket, "work-log", new { explanation = "检查" });
        var checkOut = await FieldApi.StepAsync(technician, ticket, "check-out");

        var problem = await log.ShouldBeProblemAsync(HttpStatusCode.Conflict);
        Assert.Equal("Assigned", problem.GetProperty("currentStatus").GetString());
        Assert.Contains("Assigned", problem.GetProperty("detail").GetString());
        Assert.Equal("not_checked_in", (await checkOut.ShouldBeProblemAsync(HttpStatusCode.Conflict)).GetProperty("code").GetString());
    }

    [Fact]
    public async Task A_photo_too_big_or_not_an_image_by_its_content_is_a_400_about_the_file_and_another_media_type_a_415()
    {
        var (ticket, technician) = await FieldApi.DispatchedJobAsync(Desk);
        (await FieldApi.StepAsync(technician, ticket, "check-in")).EnsureSuccessStatusCode();

        var tooBig = await FieldApi.UploadAsync(technician, ticket, FieldApi.Jpeg((10 * 1024 * 1024) + 1), "image/jpeg");
        var lying = await FieldApi.UploadAsync(technician, ticket, "%PDF-1.7 not a photo"u8.ToArray(), "image/jpeg");
        var pngSaidJpeg = await FieldApi.UploadAsync(technician, ticket, FieldApi.Png(), "image/jpeg");
        var text = await FieldApi.UploadAsync(technician, ticket, "hello"u8.ToArray(), "text/plain");

        Assert.Contains("10 MB", (await tooBig.ShouldBeValidationProblemForAsync("file"))[0]);
        await lying.ShouldBeValidationProblemForAsync("file");
        await pngSaidJpeg.ShouldBeValidationProblemForAsync("file");
        await text.ShouldBeProblemAsync(HttpStatusCode.UnsupportedMediaType);
        Assert.Equal(0, await Desk.CountAsync("SELECT count(*) FROM tickets.job_photos"));
    }

    [Fact]
    public async Task A_retried_upload_stores_one_photo_and_the_same_id_with_other_bytes_is_a_422()
    {
        var (ticket, technician) = await FieldApi.DispatchedJobAsync(Desk);
        (await FieldApi.StepAsync(technician, ticket, "check-in")).EnsureSuccessStatusCode();
        var key = Guid.NewGuid().ToString();

        var first = await FieldApi.UploadAsync(technician, ticket, FieldApi.Png(), "image/png", key);
        var retry = await FieldApi.UploadAsync(technician, ticket, FieldApi.Png(), "image/png", key);
        var other = await FieldApi.UploadAsync(technician, ticket, FieldApi.Png(512), "image/png", key);
        using var form = new MultipartFormDataContent { { new StringContent("form-photo-1"), "clientPhotoId" } };
        var file = new ByteArrayContent(FieldApi.Jpeg());
        file.Headers.ContentType = new("image/jpeg");
        form.Add(file, "file", "leak.jpg");
        var multipart = await technician.PostAsync($"/api/v1/me/jobs/{ticket.Id()}/photos", form);

        var stored = await first.ShouldBeJsonAsync(HttpStatusCode.Created);
        Assert.Equal(stored.Id(), (await retry.ShouldBeJsonAsync(HttpStatusCode.OK)).Id());
        Assert.Equal("true", retry.Headers.GetValues("Idempotent-Replayed").Single());
        await other.ShouldBeProblemAsync(HttpStatusCode.UnprocessableEntity);
        Assert.Equal("form-photo-1", (await multipart.ShouldBeJsonAsync(HttpStatusCode.Created)).GetProperty("clientPhotoId").GetString());
        Assert.Equal(2, await Desk.CountAsync("SELECT count(*) FROM tickets.job_photos"));
        Assert.Equal(2, await Desk.CountAsync("SELECT count(*) FROM tickets.timeline_entries WHERE kind = 'PhotoAdded'"));
    }

    [Fact]
    public async Task Bad_field_input_is_a_400_naming_the_field()
    {
        var (ticket, technician) = await FieldApi.DispatchedJobAsync(Desk);

        await (await FieldApi.StepAsync(technician, ticket, "check-in", new { latitude = 91.0, longitude = 120.0 })).ShouldBeValidationProblemForAsync("latitude");
        await (await FieldApi.StepAsync(technician, ticket, "check-in", new { longitude = 120.0 })).ShouldBeValidationProblemForAsync("latitude");
        await (await FieldApi.StepAsync(technician, ticket, "check-in", new { lat = 30.0 })).ShouldBeValidationProblemForAsync("body");
        (await FieldApi.StepAsync(technician, ticket, "check-in")).EnsureSuccessStatusCode();
        var log = await FieldApi.StepAsync(technician, ticket, "work-log", new { explanation = " ", materials = new[] { new { name = "", quantity = 0m, unit = "个" } } });
        await log.ShouldBeValidationProblemForAsync("explanation");
        await (await FieldApi.StepAsync(technician, ticket, "work-log", new { explanation = "修", materials = new[] { new { name = "阀", quantity = -1m, unit = "个" } } }))
            .ShouldBeValidationProblemForAsync("materials[0].quantity");
        await (await FieldApi.StepAsync(technician, ticket, "sign-off", new { customerName = "王", signature = "not base64!", satisfied = true }))
            .ShouldBeValidationProblemForAsync("signature");
        await (await FieldApi.StepAsync(technician, ticket, "sign-off", new { customerName = "王", signature = Convert.ToBase64String(FieldApi.Jpeg()), satisfied = true }))
            .ShouldBeValidationProblemForAsync("signature");
        await (await FieldApi.StepAsync(technician, ticket, "sign-off", new { customerName = "王", signature = Convert.ToBase64String(FieldApi.Png((512 * 1024) + 1)), satisfied = true }))
            .ShouldBeValidationProblemForAsync("signature");
        await (await FieldApi.StepAsync(technician, ticket, "sign-off", new { customerName = "王", signature = Convert.ToBase64String(FieldApi.Png()) }))
            .ShouldBeValidationProblemForAsync("satisfied");
        await (await FieldApi.StepAsync(technician, ticket, "resolve", new { summary = "修好", chargeable = false, fee = 10m })).ShouldBeValidationProblemForAsync("fee");
        await (await FieldApi.StepAsync(technician, ticket, "resolve", new { summary = "修好", fee = "ten" })).ShouldBeValidationProblemForAsync("fee");
        await (await TicketApi.ActAsync(technician, ticket, "hand-back", new { reason = "" })).ShouldBeValidationProblemForAsync("reason");
        Assert.Equal(0, await Desk.CountAsync("SELECT count(*) FROM tickets.work_logs") + await Desk.CountAsync("SELECT count(*) FROM tickets.customer_sign_offs"));
    }
}
