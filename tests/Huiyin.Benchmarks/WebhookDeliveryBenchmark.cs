using System.Collections.Concurrent;
using System.Diagnostics;
using System.Globalization;
using System.Net.Http.Json;
using System.Text.Json;
using Huiyin.BuildingBlocks.Outbox;
using Huiyin.Organization.Contracts;
using Huiyin.Tickets.Contracts;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Logging;
using NpgsqlTypes;

namespace Huiyin.Benchmarks;

/// <summary>
/// Events committed at once to an outbox, each subscribed by ten endpoints of a receiver on loopback: how fast the host's
/// outbox and webhook dispatchers deliver them all, and the lag from commit to arrival. See docs/benchmarks.md.
/// </summary>
internal static class WebhookDeliveryBenchmark
{
    private const int Endpoints = 10;
    private static readonly TimeSpan GiveUpAfter = TimeSpan.FromMinutes(10);

    public static async Task RunAsync(string[] arguments)
    {
        var events = arguments.Length > 0 ? int.Parse(arguments[0], CultureInfo.InvariantCulture) : 1_000;
        var arrivals = new ConcurrentQueue<DateTimeOffset>();
        await using var receiver = await StartReceiverAsync(arrivals);
        var app = new BenchmarkApp();
        await app.StartAsync();
        try
        {
            var admin = await app.SignedInAsAsync(StaffRole.Admin);
            var url = receiver.Urls.Single();
            for (var i = 0; i < Endpoints; i++)
            {
                (await admin.PostAsJsonAsync("/api/v1/webhooks", new { url = $"{url}/hooks/{i}", events = new[] { "ticket.closed" } })).EnsureSuccessStatusCode();
            }

            var committedAt = await CommitAsync(app, events);
            var expected = events * Endpoints;
            var watch = Stopwatch.StartNew();
            while (arrivals.Count < expected && watch.Elapsed < GiveUpAfter)
            {
                await Task.Delay(100);
            }

            var lags = arrivals.Select(at => (at - committedAt).TotalMilliseconds).Order().ToList();
            var seconds = (arrivals.Max() - committedAt).TotalSeconds;
            Console.WriteLine($"| events | endpoints | deliveries | all delivered after | rate | lag p50 | lag p99 |");
            Console.WriteLine($"| {events:N0} | {Endpoints} | {arrivals.Count:N0} of {expected:N0} | {seconds:N1} s | {arrivals.Count / seconds:N0}/s | {Measure.Percentile(lags, 0.50) / 1000:N1} s | {Measure.Percentile(lags, 0.99) / 1000:N1} s |");
        }
        finally
        {
            await app.StopAsync();
        }
    }

    /// <summary>Writes the events to the Notifications outbox in one transaction, as a burst of closed tickets would; answers the commit time.</summary>
    private static async Task<DateTimeOffset> CommitAsync(BenchmarkApp app, int events)
    {
        await using var connection = await app.OpenConnectionAsync();
        await using var transaction = await connection.BeginTransactionAsync();
        var now = DateTimeOffset.UtcNow;
        await using (var copy = await connection.BeginBinaryImportAsync(
                         "COPY notifications.outbox_messages (id, type, payload, occurred_at, attempts, next_attempt_at) FROM STDIN (FORMAT BINARY)"))
        {
            for (var i = 0; i < events; i++)
            {
                var closed = new TicketClosed(Guid.CreateVersion7(), "staff:benchmark", now);
                await copy.StartRowAsync();
                await copy.WriteAsync(closed.Id, NpgsqlDbType.Uuid);
                await copy.WriteAsync(typeof(TicketClosed).FullName!, NpgsqlDbType.Text);
                await copy.WriteAsync(JsonSerializer.Serialize(closed, IntegrationEventJson.Options), NpgsqlDbType.Jsonb);
                await copy.WriteAsync(now, NpgsqlDbType.TimestampTz);
                await copy.WriteAsync(0, NpgsqlDbType.Integer);
                await copy.WriteAsync(now, NpgsqlDbType.TimestampTz);
            }

            await copy.CompleteAsync();
        }

        await transaction.CommitAsync();
        return DateTimeOffset.UtcNow;
    }

    private static async Task<WebApplication> StartReceiverAsync(ConcurrentQueue<DateTimeOffset> arrivals)
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        builder.Logging.ClearProviders();
        var receiver = builder.Build();
        receiver.MapPost("/hooks/{endpoint:int}", (int endpoint) =>
        {
            arrivals.Enqueue(DateTimeOffset.UtcNow);
            return Results.Ok();
        });
        await receiver.StartAsync();
        return receiver;
    }
}
