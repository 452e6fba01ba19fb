using System.Collections.Concurrent;
using System.Diagnostics;
using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Huiyin.Organization.Contracts;
using Huiyin.TestKit;
using Huiyin.TestKit.Postgres;
using Npgsql;
using Xunit.Abstractions;

namespace Huiyin.Api.Tests;

/// <summary>
/// The host on Kestrel against a PostgreSQL cluster of its own, which the test stops and starts: no other test
/// shares that server, whatever server the rest of the suite uses.
/// </summary>
public sealed class OutageApp : HuiyinApp
{
    public OutageApp() => UseKestrel(0);

    public LocalCluster Cluster { get; private set; } = null!;

    protected override async Task<PostgresServer> StartServerAsync() => Cluster = await LocalCluster.StartClusterAsync();
}

public sealed class DatabaseOutageTests(OutageApp app, ITestOutputHelper output) : IClassFixture<OutageApp>
{
    private const int Writers = 8;
    private static readonly TimeSpan Outage = TimeSpan.FromSeconds(3);
    private static readonly TimeSpan ReadyWithin = TimeSpan.FromSeconds(10);

    private readonly Stopwatch _time = Stopwatch.StartNew();

    [Fact]
    public async Task A_database_restart_under_concurrent_creates_answers_no_500_keeps_every_201_and_the_host_is_ready_again_by_itself()
    {
        var agent = await app.SignedInAsAsync(StaffRole.Agent);
        using var stop = new CancellationTokenSource();
        var answers = new ConcurrentBag<Answer>();
        var readiness = new ConcurrentBag<(TimeSpan At, HttpStatusCode Status)>();
        var writers = Enumerable.Range(0, Writers).Select(writer => WriteAsync(agent, writer, answers, stop.Token)).ToList();
        var watcher = WatchReadinessAsync(readiness, stop.Token);

        await Task.Delay(TimeSpan.FromSeconds(1.5));
        await app.Cluster.ShutDownAsync();
        var stoppedAt = _time.Elapsed;
        await Task.Delay(Outage);
        var backAt = _time.Elapsed;
        await app.Cluster.StartUpAsync();
        await Task.Delay(TimeSpan.FromSeconds(5));
        await stop.CancelAsync();
        await Task.WhenAll([.. writers, watcher]);

        output.WriteLine($"{answers.Count(a => a.Status == HttpStatusCode.Created)} created, {answers.Count(a => a.Status != HttpStatusCode.Created)} not; "
                         + $"readiness {string.Join(' ', readiness.OrderBy(r => r.At).Select(r => $"{r.At.TotalSeconds:F1}:{(int)r.Status}"))}; stopped {stoppedAt.TotalSeconds:F1}, back {backAt.TotalSeconds:F1}");
        Assert.All(answers, answer => Assert.True(answer.Status is HttpStatusCode.Created or HttpStatusCode.ServiceUnavailable, answer.ToString()));
        Assert.All(answers.Where(a => a.Status == HttpStatusCode.ServiceUnavailable), answer => Assert.True(answer.RetryAfter, answer.ToString()));
        var created = answers.Where(a => a.Status == HttpStatusCode.Created).ToList();
        Assert.Contains(created, a => a.SentAt > backAt);
        Assert.Equal(created.Count, await CountCustomersAsync(created.Select(a => a.Id!.Value).ToArray()));

        Assert.Contains(readiness, r => r.At > stoppedAt && r.At < backAt && r.Status == HttpStatusCode.ServiceUnavailable);
        var readyAgain = readiness.Where(r => r.At > backAt && r.Status == HttpStatusCode.OK).Select(r => r.At).DefaultIfEmpty(TimeSpan.MaxValue).Min();
        Assert.True(readyAgain - backAt < ReadyWithin, $"ready again {readyAgain - backAt} after the database came back");
        await OutboxDrainsAsync();
    }

    private async Task WriteAsync(HttpClient agent, int writer, ConcurrentBag<Answer> answers, CancellationToken stop)
    {
        for (var n = 0; !stop.IsCancellationRequested; n++)
        {
            var sentAt = _time.Elapsed;
            var response = await agent.PostAsJsonAsync("/api/v1/customers", new
            {
                type = "Owner", name = $"停电测试{writer}-{n}", phones = new[] { $"139{writer:D2}{n:D6}" }, allowDuplicate = true, duplicateReason = "outage test",
            }, CancellationToken.None);
            var body = await response.Content.ReadFromJsonAsync<JsonElement>(CancellationToken.None);
            Guid? id = response.StatusCode == HttpStatusCode.Created ? body.GetProperty("id").GetGuid() : null;
            answers.Add(new Answer(sentAt, response.StatusCode, id, response.Headers.RetryAfter is not null));
        }
    }

    private async Task WatchReadinessAsync(ConcurrentBag<(TimeSpan, HttpStatusCode)> readiness, CancellationToken stop)
    {
        using var client = app.CreateClient();
        while (!stop.IsCancellationRequested)
        {
            var response = await client.GetAsync("/health/ready", CancellationToken.None);
            readiness.Add((_time.Elapsed, response.StatusCode));
            await Task.Delay(TimeSpan.FromMilliseconds(250), CancellationToken.None);
        }
    }

    private async Task<long> CountCustomersAsync(Guid[] ids)
    {
        await using var connection = await app.OpenConnectionAsync();
        await using var count = new NpgsqlCommand("SELECT count(*) FROM customers.customers WHERE id = ANY(@ids)", connection);
        count.Parameters.AddWithValue("ids", ids);
        return (long)(await count.ExecuteScalarAsync())!;
    }

    /// <summary>The outbox dispatcher found its way back too: every event written around the outage is delivered.</summary>
    private async Task OutboxDrainsAsync()
    {
        await using var connection = await app.OpenConnectionAsync();
        await using var pending = new NpgsqlCommand("SELECT count(*) FROM customers.outbox_messages WHERE processed_at IS NULL", connection);
        var deadline = _time.Elapsed + TimeSpan.FromSeconds(20);
        while ((long)(await pending.ExecuteScalarAsync())! > 0 && _time.Elapsed < deadline)
        {
            await Task.Delay(TimeSpan.FromMilliseconds(250));
        }

        Assert.Equal(0L, (long)(await pending.ExecuteScalarAsync())!);
    }

    private sealed record Answer(TimeSpan SentAt, HttpStatusCode Status, Guid? Id, bool RetryAfter);
}
