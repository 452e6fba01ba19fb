using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Huiyin.Organization.Contracts;
using Huiyin.Sla.Jobs;
using Huiyin.TestKit;
using MediatR;
using Microsoft.Extensions.DependencyInjection;

namespace Huiyin.Complaints.Tests;

/// <summary>Request bodies and calls the tests share.</summary>
internal static class ComplaintApi
{
    public static async Task<Guid> CustomerAsync(HuiyinApp app)
    {
        var agent = await app.SignedInAsAsync(StaffRole.Agent);
        var response = await agent.PostAsJsonAsync("/api/v1/customers",
            new { type = "Owner", name = "王建国", phones = new[] { "13800138000" }, allowDuplicate = true, duplicateReason = "同名业主" });
        return (await response.ShouldBeJsonAsync(HttpStatusCode.Created)).GetProperty("id").GetGuid();
    }

    public static Dictionary<string, object?> Body(Guid customerId) => new()
    {
        ["customerId"] = customerId,
        ["channel"] = "Phone",
        ["category"] = "Service",
        ["targetKind"] = "Department",
        ["targetDepartment"] = "客服部",
        ["description"] = "前台人员态度恶劣，多次催办无人回复",
    };

    public static Dictionary<string, object?> With(this Dictionary<string, object?> body, string field, object? value) =>
        new(body) { [field] = value };

    public static Task<HttpResponseMessage> RegisterAsync(HttpClient caller, object body) => caller.PostAsJsonAsync("/api/v1/complaints", body);

    public static async Task<JsonElement> RegisteredAsync(HttpClient caller, object body) =>
        await (await RegisterAsync(caller, body)).ShouldBeJsonAsync(HttpStatusCode.Created);

    public static Task<HttpResponseMessage> RaiseAsync(HttpClient caller, JsonElement complaint, string severity, string reason = "业主情绪激动，反复来电") =>
        caller.PostAsJsonAsync($"/api/v1/complaints/{complaint.Id()}/severity", new { severity, reason });

    /// <summary>A valid body for each handling step, so that a refusal can only come from the step itself.</summary>
    public static object StepBody(string action) => action switch
    {
        "investigate" => new { findings = "前台确有推诿", validity = "Effective", validityReason = "服务不到位属实", rootCause = "StaffAttitude" },
        "propose-remedy" => new { proposal = "当面致歉并减免当月服务费" },
        "decide-remedy" => new { remedy = "致歉并减免当月服务费", responsibleDepartment = "客服部" },
        "carry-out" => new { workDone = "已上门致歉，费用已减免" },
        "confirm" => new { accepted = true },
        "reopen" => new { reason = "业主反映问题复发" },
        _ => new { },
    };

    public static Task<HttpResponseMessage> StepAsync(HttpClient caller, JsonElement complaint, string action, object? body = null) =>
        caller.PostAsJsonAsync($"/api/v1/complaints/{complaint.Id()}/{action}", body ?? StepBody(action));

    public static async Task<JsonElement> SteppedAsync(HttpClient caller, JsonElement complaint, string action, object? body = null) =>
        await (await StepAsync(caller, complaint, action, body)).ShouldBeJsonAsync(HttpStatusCode.OK);

    /// <summary>The happy path's steps in order, with who takes each (the Manager decides the remedy).</summary>
    public static readonly (StaffRole Role, string Action, string Reaches)[] Path =
    [
        (StaffRole.Agent, "investigate", "Investigated"),
        (StaffRole.Agent, "propose-remedy", "RemedyProposed"),
        (StaffRole.Manager, "decide-remedy", "RemedyDecided"),
        (StaffRole.Agent, "carry-out", "CarriedOut"),
        (StaffRole.Agent, "confirm", "Resolved"),
        (StaffRole.Agent, "close", "Closed"),
        (StaffRole.Agent, "reopen", "Reopened"),
    ];

    /// <summary>A new complaint taken along the happy path until it is in <paramref name="status"/>.</summary>
    public static async Task<JsonElement> InStatusAsync(HuiyinApp app, string status)
    {
        var complaint = await RegisteredAsync(await app.SignedInAsAsync(StaffRole.Agent), Body(await CustomerAsync(app)));
        foreach (var (role, action, reaches) in Path.TakeWhile(_ => complaint.Text("status") != status))
        {
            complaint = await SteppedAsync(await app.SignedInAsAsync(role), complaint, action);
            Assert.Equal(reaches, complaint.Text("status"));
        }

        return complaint;
    }

    public static Task<JsonElement> ResolvedAsync(HuiyinApp app) => InStatusAsync(app, "Resolved");

    public static string[] Strings(this JsonElement resource, string property) =>
        resource.GetProperty(property).EnumerateArray().Select(item => item.GetString()!).ToArray();

    public static Task<string> ResolutionClockStatusAsync(HuiyinApp app, Guid complaintId) => ClockStatusAsync(app, complaintId, "Resolution");

    public static async Task<string> ClockStatusAsync(HuiyinApp app, Guid complaintId, string metric)
    {
        await using var connection = await app.OpenConnectionAsync();
        await using var command = connection.CreateCommand();
        command.CommandText = "SELECT status FROM sla.clocks WHERE item_type = 'Complaint' AND item_id = @id AND metric = @metric";
        command.Parameters.AddWithValue("id", complaintId);
        command.Parameters.AddWithValue("metric", metric);
        return (string)(await command.ExecuteScalarAsync())!;
    }

    /// <summary>
    /// Waits until the complaints' and the clocks' events are delivered: their handlers write on the complaint (the receipt, the
    /// clocks' mirror), and a job run meanwhile would find its copy of the complaint outdated.
    /// </summary>
    public static async Task EventsDeliveredAsync(HuiyinApp app)
    {
        using var patience = new CancellationTokenSource(TimeSpan.FromSeconds(30));
        await using var connection = await app.OpenConnectionAsync();
        await using var command = connection.CreateCommand();
        command.CommandText = """
            SELECT (SELECT count(*) FROM complaints.outbox_messages WHERE processed_at IS NULL AND parked_at IS NULL)
                 + (SELECT count(*) FROM sla.outbox_messages WHERE processed_at IS NULL AND parked_at IS NULL)
            """;
        while ((long)(await command.ExecuteScalarAsync(patience.Token))! > 0)
        {
            await Task.Delay(50, patience.Token);
        }
    }

    public static Task<HttpResponseMessage> LogContactAsync(HttpClient caller, JsonElement complaint, object? body = null) =>
        caller.PostAsJsonAsync($"/api/v1/complaints/{complaint.Id()}/contacts", body ?? new { method = "Phone", outcome = "Reached", note = "业主同意今天下午上门沟通" });

    public static Task<HttpResponseMessage> HandOffAsync(HttpClient caller, JsonElement complaint, object body) =>
        caller.PostAsJsonAsync($"/api/v1/complaints/{complaint.Id()}/hand-off", body);

    public static async Task<Guid> TeamAsync(HuiyinApp app)
    {
        var admin = await app.SignedInAsAsync(StaffRole.Admin);
        return (await (await admin.PostAsJsonAsync("/api/v1/teams", new { name = $"客服部 {Guid.NewGuid():N}" })).ShouldBeJsonAsync(HttpStatusCode.Created)).Id();
    }

    public static async Task<List<JsonElement>> ListedAsync(HttpClient caller, string query) =>
        (await (await caller.GetAsync($"/api/v1/complaints?{query}")).ShouldBeJsonAsync(HttpStatusCode.OK)).GetProperty("items").EnumerateArray().ToList();

    /// <summary>Sweeps the due clocks as the recurring job does.</summary>
    public static async Task SweepAsync(HuiyinApp app)
    {
        await using var scope = app.Services.CreateAsyncScope();
        var mediator = scope.ServiceProvider.GetRequiredService<IMediator>();
        while ((await mediator.Send(new SweepDueClocks(SlaSweepJob.BatchSize))).Value == SlaSweepJob.BatchSize)
        {
        }
    }

    /// <summary>The list once it holds something: a breach reaches the complaint through the outbox, a moment after the sweep.</summary>
    public static async Task<List<JsonElement>> EventuallyAsync(Func<Task<List<JsonElement>>> read)
    {
        for (var attempt = 0; attempt < 100; attempt++)
        {
            if (await read() is { Count: > 0 } found)
            {
                return found;
            }

            await Task.Delay(100);
        }

        return await read();
    }

    public static Guid Id(this JsonElement resource) => resource.GetProperty("id").GetGuid();

    public static string Text(this JsonElement resource, string property) => resource.GetProperty(property).GetString()!;

    public static async Task<List<(string Type, JsonElement Payload)>> OutboxAsync(HuiyinApp app)
    {
        await using var connection = await app.OpenConnectionAsync();
        await using var command = connection.CreateCommand();
        command.CommandText = "SELECT type, payload FROM complaints.outbox_messages ORDER BY occurred_at, id";
        await using var reader = await command.ExecuteReaderAsync();
        var messages = new List<(string, JsonElement)>();
        while (await reader.ReadAsync())
        {
            messages.Add((reader.GetString(0), JsonDocument.Parse(reader.GetString(1)).RootElement));
        }

        return messages;
    }
}
