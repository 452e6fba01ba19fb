using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Huiyin.BuildingBlocks.Outbox;
using Huiyin.BuildingBlocks.Persistence;
using Huiyin.Organization.Contracts;
using Huiyin.TestKit;
using MediatR;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Npgsql;

namespace Huiyin.Callbacks.Tests;

/// <summary>Calls and values the tests share.</summary>
internal static class CallbackApi
{
    public const string Route = "/api/v1/callbacks";

    public static readonly TimeSpan Shanghai = TimeSpan.FromHours(8);

    /// <summary>A desk-local instant (Asia/Shanghai).</summary>
    public static DateTimeOffset Local(int year, int month, int day, int hour, int minute = 0) => new(year, month, day, hour, minute, 0, Shanghai);

    /// <summary>Sets the host's clock to <paramref name="at"/> (it keeps ticking from there).</summary>
    public static void SetNow(this HuiyinApp app, DateTimeOffset at) => app.Clock.Advance(at - app.Clock.GetUtcNow());

    /// <summary>
    /// Delivers an event to its handlers as the outbox does, again once when the first delivery was refused for an outdated copy of
    /// the SLA policies (each test reseeds them).
    /// </summary>
    public static async Task DeliverAsync(this HuiyinApp app, IntegrationEvent integrationEvent)
    {
        try
        {
            await PublishAsync(app, integrationEvent);
        }
        catch (DbUpdateException e) when (e.InnerException is PostgresException { SqlState: IInMemoryCopy.OutdatedCopySqlState })
        {
            await PublishAsync(app, integrationEvent);
        }
    }

    private static async Task PublishAsync(HuiyinApp app, IntegrationEvent integrationEvent)
    {
        await using var scope = app.Services.CreateAsyncScope();
        await scope.ServiceProvider.GetRequiredService<IMediator>().Publish(integrationEvent);
    }

    public static async Task<Guid> CustomerAsync(HuiyinApp app)
    {
        var agent = await app.SignedInAsAsync(StaffRole.Agent);
        var response = await agent.PostAsJsonAsync("/api/v1/customers",
            new { type = "Owner", name = "张丽", phones = new[] { "13900139000" }, allowDuplicate = true, duplicateReason = "同名业主" });
        return (await response.ShouldBeJsonAsync(HttpStatusCode.Created)).GetProperty("id").GetGuid();
    }

    public static async Task<JsonElement[]> ListAsync(HttpClient caller, string query = "")
    {
        var page = await (await caller.GetAsync($"{Route}?{query}")).ShouldBeJsonAsync(HttpStatusCode.OK);
        return page.GetProperty("items").EnumerateArray().ToArray();
    }

    public static async Task<JsonElement> RequestedAsync(HttpClient caller, Guid customerId, DateTimeOffset dueAt) =>
        await (await caller.PostAsJsonAsync(Route, new { customerId, reason = "Requested", dueAt, note = "业主要求回复维修费用" }))
            .ShouldBeJsonAsync(HttpStatusCode.Created);

    public static Task<HttpResponseMessage> AttemptAsync(HttpClient caller, Guid callbackId, object body) =>
        caller.PostAsJsonAsync($"{Route}/{callbackId}/attempts", body);

    public static Guid Id(this JsonElement resource) => resource.GetProperty("id").GetGuid();

    public static string Text(this JsonElement resource, string property) => resource.GetProperty(property).GetString()!;

    public static DateTimeOffset Time(this JsonElement resource, string property) => resource.GetProperty(property).GetDateTimeOffset();

    public static async Task<List<(string Type, JsonElement Payload)>> OutboxAsync(HuiyinApp app)
    {
        await using var connection = await app.OpenConnectionAsync();
        await using var command = connection.CreateCommand();
        command.CommandText = "SELECT type, payload FROM callbacks.outbox_messages ORDER BY occurred_at, id";
        await using var reader = await command.ExecuteReaderAsync();
        var messages = new List<(string, JsonElement)>();
        while (await reader.ReadAsync())
        {
            messages.Add((reader.GetString(0), JsonDocument.Parse(reader.GetString(1)).RootElement));
        }

        return messages;
    }

    public static async Task<string> ClockStatusAsync(HuiyinApp app, Guid callbackId)
    {
        await using var connection = await app.OpenConnectionAsync();
        await using var command = connection.CreateCommand();
        command.CommandText = "SELECT status || ' ' || due_at FROM sla.clocks WHERE item_type = 'Callback' AND item_id = @id AND metric = 'CallbackDue'";
        command.Parameters.AddWithValue("id", callbackId);
        return (string)(await command.ExecuteScalarAsync())!;
    }
}
