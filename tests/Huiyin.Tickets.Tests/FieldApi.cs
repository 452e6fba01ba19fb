using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using Huiyin.Organization.Contracts;
using Huiyin.TestKit;

namespace Huiyin.Tickets.Tests;

/// <summary>Set-up and calls the dispatch, field-work and review tests share.</summary>
internal static class FieldApi
{
    /// <summary>The smallest files each format's magic bytes recognise, padded to <paramref name="size"/>.</summary>
    public static byte[] Png(int size = 256) => Padded([0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A], size);

    public static byte[] Jpeg(int size = 256) => Padded([0xFF, 0xD8, 0xFF, 0xE0], size);

    public static async Task<Guid> TeamAsync(HuiyinApp app, string name)
    {
        var admin = await app.SignedInAsAsync(StaffRole.Admin);
        var team = await (await admin.PostAsJsonAsync("/api/v1/teams", new { name })).ShouldBeJsonAsync(HttpStatusCode.Created);
        return team.Id();
    }

    /// <summary>A staff member created through the API with a team and skills; sign in with their username.</summary>
    public static async Task<Guid> StaffAsync(HuiyinApp app, string username, StaffRole role, Guid? teamId = null, params string[] skills)
    {
        var admin = await app.SignedInAsAsync(StaffRole.Admin);
        var body = new { username, displayName = username, password = HuiyinApp.Password, roles = new[] { role.ToString() }, teamId, skills };
        return (await (await admin.PostAsJsonAsync("/api/v1/staff", body)).ShouldBeJsonAsync(HttpStatusCode.Created)).Id();
    }

    /// <summary>A repair dispatched by a Supervisor to a technician (created when missing); the technician's signed-in client.</summary>
    public static async Task<(JsonElement Ticket, HttpClient Technician)> DispatchedJobAsync(TicketsApp app, string technician = "tech-li")
    {
        var supervisor = await app.SignedInAsAsync(StaffRole.Supervisor);
        var ticket = await TicketApi.CreateAsync(supervisor, TicketApi.Repair(await app.CustomerAsync()));
        var technicianId = await app.ProvisionAsync(technician, StaffRole.Technician);
        (await TicketApi.ActAsync(supervisor, ticket, "assign", new { technicianId })).EnsureSuccessStatusCode();
        return (ticket, await app.SignedInAsAsync(technician));
    }

    public static Task<HttpResponseMessage> StepAsync(HttpClient technician, JsonElement ticket, string step, object? body = null) =>
        technician.PostAsJsonAsync($"/api/v1/me/jobs/{ticket.Id()}/{step}", body ?? new { });

    public static Task<HttpResponseMessage> UploadAsync(HttpClient technician, JsonElement ticket, byte[] content, string contentType, string? key = null)
    {
        var request = new HttpRequestMessage(HttpMethod.Post, $"/api/v1/me/jobs/{ticket.Id()}/photos") { Content = new ByteArrayContent(content) };
        request.Content.Headers.ContentType = new MediaTypeHeaderValue(contentType);
        if (key is not null)
        {
            request.Headers.Add("Idempotency-Key", key);
        }

        return technician.SendAsync(request);
    }

    public static object SignOff(bool satisfied = true) =>
        new { customerName = "王建国", signature = Convert.ToBase64String(Png()), satisfied, comment = "已修好，不再漏水" };

    /// <summary>The kinds of the timeline's ticket lines, in order (clock lines have a clock event instead).</summary>
    public static async Task<List<string>> TimelineKindsAsync(HttpClient reader, JsonElement ticket)
    {
        var timeline = await (await reader.GetAsync($"/api/v1/tickets/{ticket.Id()}/timeline")).ShouldBeJsonAsync(HttpStatusCode.OK);
        return timeline.GetProperty("items").EnumerateArray().Where(i => i.GetProperty("source").GetString() == "ticket")
            .Select(i => i.GetProperty("kind").GetString()!).ToList();
    }

    private static byte[] Padded(byte[] magic, int size)
    {
        var content = new byte[Math.Max(size, magic.Length)];
        magic.CopyTo(content, 0);
        return content;
    }
}
