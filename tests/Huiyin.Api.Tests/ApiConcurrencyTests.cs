using System.Net;
using System.Net.Http.Json;
using System.Threading.RateLimiting;
using Huiyin.Host.Composition;
using Huiyin.Organization.Contracts;
using Huiyin.TestKit;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Npgsql;

namespace Huiyin.Api.Tests;

/// <summary>A host of its own that works on one API request at a time and lets one more wait.</summary>
public sealed class OneAtATimeApp : HuiyinApp
{
    protected override IReadOnlyDictionary<string, string?> Settings =>
        new Dictionary<string, string?>(base.Settings)
        {
            ["RateLimiting:ConcurrentApiRequests"] = "1",
            ["RateLimiting:QueuedApiRequests"] = "1",
        };
}

public sealed class ApiConcurrencyTests(OneAtATimeApp app) : IClassFixture<OneAtATimeApp>
{
    private static readonly TimeSpan Patience = TimeSpan.FromSeconds(30);

    [Fact]
    public async Task Requests_beyond_the_limit_wait_their_turn_and_beyond_the_queue_get_a_429_while_the_health_probe_still_answers()
    {
        var agent = await app.SignedInAsAsync(StaffRole.Agent);
        var concurrency = app.Services.GetRequiredService<ApiConcurrency>();
        await using var connection = await app.OpenConnectionAsync();
        var customersLocked = await LockCustomersAsync(connection);

        var inFlight = agent.PostAsJsonAsync("/api/v1/customers", new { type = "Owner", name = "王建国", phones = new[] { "13800138000" } });
        await UntilAsync(() => ApiRequests(concurrency).CurrentAvailablePermits == 0);
        var waiting = agent.GetAsync("/api/v1/customers?limit=1");
        await UntilAsync(() => ApiRequests(concurrency).CurrentQueuedCount == 1);
        var refused = await agent.GetAsync("/api/v1/customers?limit=1");
        var probe = await agent.GetAsync("/health/live");

        Assert.Equal("too_many_requests", (await refused.ShouldBeProblemAsync(HttpStatusCode.TooManyRequests)).GetProperty("code").GetString());
        Assert.Equal(HttpStatusCode.OK, probe.StatusCode);
        Assert.False(waiting.IsCompleted);
        Assert.False(inFlight.IsCompleted);

        await customersLocked.CommitAsync();

        Assert.Equal(HttpStatusCode.Created, (await inFlight).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await waiting).StatusCode);
        await UntilAsync(() => ApiRequests(concurrency).CurrentAvailablePermits == 1);
    }

    /// <summary>The API requests in flight and waiting, as the host's limiter counts them now.</summary>
    private static RateLimiterStatistics ApiRequests(ApiConcurrency concurrency) =>
        concurrency.Limiter.GetStatistics(new DefaultHttpContext { Request = { Path = "/api/v1/customers" } })!;

    /// <summary>Holds back every write to the customers' table (reads go on) until the transaction ends.</summary>
    private static async Task<NpgsqlTransaction> LockCustomersAsync(NpgsqlConnection connection)
    {
        var transaction = await connection.BeginTransactionAsync();
        await using var command = new NpgsqlCommand("LOCK TABLE customers.customers IN EXCLUSIVE MODE", connection, transaction);
        await command.ExecuteNonQueryAsync();
        return transaction;
    }

    private static async Task UntilAsync(Func<bool> condition)
    {
        using var timeout = new CancellationTokenSource(Patience);
        while (!condition())
        {
            await Task.Delay(10, timeout.Token);
        }
    }
}

public sealed class ApiConcurrencySettingsTests
{
    [Theory]
    [InlineData("0", "10")]
    [InlineData("8", "-1")]
    public void A_bound_that_would_refuse_every_request_stops_the_host_from_starting_with_the_settings_named(string concurrent, string queued)
    {
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["RateLimiting:ConcurrentApiRequests"] = concurrent,
            ["RateLimiting:QueuedApiRequests"] = queued,
        }).Build();

        var refused = Assert.Throws<InvalidOperationException>(() => _ = new ApiConcurrency(configuration));

        Assert.Contains("RateLimiting:ConcurrentApiRequests", refused.Message);
    }
}
