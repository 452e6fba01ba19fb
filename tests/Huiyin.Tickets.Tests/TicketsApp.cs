using System.Net.Http.Json;
using System.Text.Json;
using Huiyin.BuildingBlocks.Outbox;
using Huiyin.Organization.Contracts;
using Huiyin.Sla.Jobs;
using Huiyin.TestKit;
using MediatR;
using Microsoft.Extensions.DependencyInjection;

namespace Huiyin.Tickets.Tests;

/// <summary>The host with the recurring jobs off: each test decides when the SLA sweep and the outbox run.</summary>
public sealed class TicketsApp : HuiyinApp
{
    protected override IReadOnlyDictionary<string, string?> Settings =>
        new Dictionary<string, string?>(base.Settings) { ["Hangfire:Enabled"] = "false" };

    public async Task<TResponse> SendAsync<TResponse>(IRequest<TResponse> request)
    {
        await using var scope = Services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<IMediator>().Send(request);
    }

    /// <summary>Sweeps the due clocks as the recurring job does, then delivers what that published.</summary>
    internal async Task SweepAsync()
    {
        while ((await SendAsync(new SweepDueClocks(SlaSweepJob.BatchSize))).Value == SlaSweepJob.BatchSize)
        {
        }

        await DeliverEventsAsync();
    }

    /// <summary>
    /// Dispatches what is due and waits until every module's outbox is empty: the host's own dispatcher may hold a
    /// message this call skipped (claims skip locked rows), and its handlers' effects count too.
    /// </summary>
    public async Task DeliverEventsAsync()
    {
        var outbox = Services.GetRequiredService<OutboxProcessor>();
        var deadline = DateTime.UtcNow.AddSeconds(10);
        do
        {
            while (await outbox.DispatchDueAsync(CancellationToken.None) > 0)
            {
            }

            if (await CountUndeliveredAsync() == 0)
            {
                return;
            }

            await Task.Delay(50);
        }
        while (DateTime.UtcNow < deadline);

        throw new TimeoutException("Events are still undelivered after 10 s; see outbox_messages.last_error.");
    }

    /// <summary>Every module's outbox, found in the catalogue so that a new module is counted without a change here.</summary>
    private async Task<long> CountUndeliveredAsync()
    {
        await using var connection = await OpenConnectionAsync();
        await using var schemas = connection.CreateCommand();
        schemas.CommandText = "SELECT table_schema FROM information_schema.tables WHERE table_name = 'outbox_messages'";
        var outboxes = new List<string>();
        await using (var reader = await schemas.ExecuteReaderAsync())
        {
            while (await reader.ReadAsync())
            {
                outboxes.Add(reader.GetString(0));
            }
        }

        return await CountAsync("SELECT " + string.Join(" + ", outboxes.Select(schema =>
            $"(SELECT count(*) FROM \"{schema}\".outbox_messages WHERE processed_at IS NULL AND parked_at IS NULL)")));
    }

    public async Task<long> CountAsync(string sql)
    {
        await using var connection = await OpenConnectionAsync();
        await using var command = connection.CreateCommand();
        command.CommandText = sql;
        return Convert.ToInt64(await command.ExecuteScalarAsync());
    }

    /// <summary>A customer registered through the API; returns its id.</summary>
    public async Task<Guid> CustomerAsync(string name = "王建国", string phone = "13800138000", bool vip = false)
    {
        var agent = await SignedInAsAsync(StaffRole.Agent);
        var response = await agent.PostAsJsonAsync("/api/v1/customers", new { type = "Owner", name, phones = new[] { phone }, vip, allowDuplicate = true, duplicateReason = "test" });
        var body = await response.ShouldBeJsonAsync(System.Net.HttpStatusCode.Created);
        return body.GetProperty("id").GetGuid();
    }
}

[CollectionDefinition(Name)]
public sealed class TicketsCollection : ICollectionFixture<TicketsApp>
{
    public const string Name = "Tickets";
}

/// <summary>Request bodies and calls the tests share.</summary>
internal static class TicketApi
{
    public static object Repair(Guid customerId, string complexity = "Standard", string category = "Plumbing") => new
    {
        kind = "Repair",
        channel = "Phone",
        customerId,
        category,
        complexity,
        unitId = "3-2-1201",
        description = "厨房水槽下水管漏水，地面有积水",
    };

    public static async Task<JsonElement> CreateAsync(HttpClient client, object body)
    {
        var response = await client.PostAsJsonAsync("/api/v1/tickets", body);
        return await response.ShouldBeJsonAsync(System.Net.HttpStatusCode.Created);
    }

    public static async Task<JsonElement> GetAsync(HttpClient client, JsonElement ticket) =>
        await (await client.GetAsync($"/api/v1/tickets/{ticket.Id()}")).ShouldBeJsonAsync(System.Net.HttpStatusCode.OK);

    public static Task<HttpResponseMessage> ActAsync(HttpClient client, JsonElement ticket, string action, object? body = null) =>
        client.PostAsJsonAsync($"/api/v1/tickets/{ticket.Id()}/{action}", body ?? new { });

    public static Task<HttpResponseMessage> ContactAsync(HttpClient client, JsonElement ticket, string outcome = "Reached", string method = "Phone") =>
        client.PostAsJsonAsync($"/api/v1/tickets/{ticket.Id()}/contacts", new { method, outcome, note = "业主确认明早九点在家" });

    public static Guid Id(this JsonElement resource) => resource.GetProperty("id").GetGuid();

    public static string Status(this JsonElement ticket) => ticket.GetProperty("status").GetString()!;
}
