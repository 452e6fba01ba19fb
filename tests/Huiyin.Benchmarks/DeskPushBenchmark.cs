using System.Collections.Concurrent;
using System.Diagnostics;
using System.Globalization;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.AspNetCore.Http.Connections;
using Microsoft.AspNetCore.SignalR.Client;

namespace Huiyin.Benchmarks;

/// <summary>
/// Real-time push on a running host (deploy/run.sh with its demo staff, or any URL), from this separate process: N desk-hub clients
/// (1,000 unless given) connected round-robin as the demo staff, the host's resident memory before and with them, then breaches
/// falling due one after another over a minute on tickets a supervisor took in, and the lag between each breach's due time and its
/// push reaching each of that supervisor's open connections — the SLA sweep's own lag included, as people see it.
/// </summary>
internal static class DeskPushBenchmark
{
    private const string Password = "Huiyin-demo-2026";
    private const string Watcher = "supervisor2";
    private static readonly string[] Staff =
        ["admin", "agent", "supervisor", "manager", "executive", "agent2", Watcher, "tech", "tech.water", "tech.hvac", "tech.hvac2", "tech.lift", "tech.cleaning", "tech.security", "tech.greening"];
    private static readonly TimeSpan DueAfter = TimeSpan.FromSeconds(20);
    private static readonly TimeSpan Spread = TimeSpan.FromSeconds(60);

    public static async Task RunAsync(string[] arguments)
    {
        var host = new Uri(arguments.Length > 0 ? arguments[0] : "http://127.0.0.1:8080");
        var clients = arguments.Length > 1 ? int.Parse(arguments[1], CultureInfo.InvariantCulture) : 1_000;
        var breaches = arguments.Length > 2 ? int.Parse(arguments[2], CultureInfo.InvariantCulture) : 120;
        var hostPid = HostProcess.Find(host);
        using var http = new HttpClient { BaseAddress = host, Timeout = TimeSpan.FromMinutes(1) };
        var tokens = new Dictionary<string, string>();
        foreach (var user in Staff)
        {
            tokens[user] = await SignInAsync(http, user);
        }

        Console.WriteLine($"Host: {host} (pid {hostPid}); resident memory before: {HostProcess.ResidentMegabytes(hostPid):F0} MB");
        var arrivals = new ConcurrentBag<(Guid Item, DateTimeOffset At)>();
        var connecting = Stopwatch.StartNew();
        var connections = await ConnectAsync(host, clients, tokens, arrivals);
        Console.WriteLine($"{connections.Count:N0} clients connected in {connecting.Elapsed.TotalSeconds:F1} s ({connections.Count(c => c.User == Watcher)} as {Watcher})");
        await Task.Delay(TimeSpan.FromSeconds(10));
        Console.WriteLine($"Resident memory with {connections.Count:N0} clients: {HostProcess.ResidentMegabytes(hostPid):F0} MB");
        try
        {
            var dueTimes = await BreachesAsync(http, tokens, breaches);
            var watchers = connections.Count(c => c.User == Watcher);
            var deadline = dueTimes.Values.Max() + TimeSpan.FromSeconds(60);
            while (arrivals.Count < dueTimes.Count * watchers && DateTimeOffset.UtcNow < deadline)
            {
                await Task.Delay(500);
            }

            Report(dueTimes, arrivals.ToList(), watchers);
            Console.WriteLine($"Resident memory after the pushes: {HostProcess.ResidentMegabytes(hostPid):F0} MB");
        }
        finally
        {
            await Task.WhenAll(connections.Select(c => c.Connection.DisposeAsync().AsTask()));
        }
    }

    private static async Task<string> SignInAsync(HttpClient http, string user)
    {
        var response = await http.PostAsJsonAsync("/api/v1/auth/login", new { username = user, password = Password });
        response.EnsureSuccessStatusCode();
        return (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("accessToken").GetString()!;
    }

    private static async Task<List<(string User, HubConnection Connection)>> ConnectAsync(
        Uri host, int count, IReadOnlyDictionary<string, string> tokens, ConcurrentBag<(Guid, DateTimeOffset)> arrivals)
    {
        var connections = new List<(string, HubConnection)>(count);
        foreach (var batch in Enumerable.Range(0, count).Chunk(50))
        {
            var opened = await Task.WhenAll(batch.Select(async i =>
            {
                var user = Staff[i % Staff.Length];
                var connection = new HubConnectionBuilder()
                    .WithUrl(new Uri(host, $"/hubs/desk?access_token={Uri.EscapeDataString(tokens[user])}"), options =>
                    {
                        options.Transports = HttpTransportType.WebSockets;
                        options.SkipNegotiation = true;
                    })
                    .Build();
                if (user == Watcher)
                {
                    connection.On<JsonElement>("inbox", item => RecordBreach(item, arrivals));
                }

                await connection.StartAsync();
                return (user, connection);
            }));
            connections.AddRange(opened);
        }

        return connections;
    }

    private static void RecordBreach(JsonElement item, ConcurrentBag<(Guid, DateTimeOffset)> arrivals)
    {
        if (item.GetProperty("code").GetString() == "inbox.breached" && item.GetProperty("linkId").ValueKind == JsonValueKind.String)
        {
            arrivals.Add((item.GetProperty("linkId").GetGuid(), DateTimeOffset.UtcNow));
        }
    }

    /// <summary>A seconds-level policy for one category, then tickets taken in by the watching supervisor, due one after another.</summary>
    private static async Task<Dictionary<Guid, DateTimeOffset>> BreachesAsync(HttpClient http, IReadOnlyDictionary<string, string> tokens, int count)
    {
        var stamp = DateTime.UtcNow.ToString("HHmmss", CultureInfo.InvariantCulture);
        var policy = await PostAsync(http, tokens["manager"], "/api/v1/sla/policies", new
        {
            name = $"推送基准-{stamp}", order = 1, match = new { workType = "Ticket", category = "Greening" },
            firstContact = $"PT{DueAfter.TotalSeconds}S", resolution = "PT1H",
        });
        try
        {
            var customer = await PostAsync(http, tokens["agent"], "/api/v1/customers",
                new { type = "Owner", name = $"基准业主{stamp}", phones = new[] { "139" + stamp + "00" } });
            var dueTimes = new Dictionary<Guid, DateTimeOffset>();
            var pace = Spread / count;
            var started = Stopwatch.StartNew();
            for (var i = 0; i < count; i++)
            {
                var ticket = await PostAsync(http, tokens[Watcher], "/api/v1/tickets", new
                {
                    kind = "Repair", channel = "Phone", customerId = customer.GetProperty("id").GetGuid(), category = "Greening",
                    description = $"草坪喷灌漏水 {stamp}-{i}",
                });
                dueTimes[ticket.GetProperty("id").GetGuid()] = ticket.GetProperty("sla").GetProperty("firstContactDueAt").GetDateTimeOffset();
                var wait = (pace * (i + 1)) - started.Elapsed;
                if (wait > TimeSpan.Zero)
                {
                    await Task.Delay(wait);
                }
            }

            Console.WriteLine($"{count} tickets taken in by {Watcher} over {started.Elapsed.TotalSeconds:F0} s, each due {DueAfter.TotalSeconds:F0} s after intake");
            var lastDue = dueTimes.Values.Max();
            await Task.Delay(lastDue - DateTimeOffset.UtcNow + TimeSpan.FromSeconds(20));
            return dueTimes;
        }
        finally
        {
            using var retire = new HttpRequestMessage(HttpMethod.Post, $"/api/v1/sla/policies/{policy.GetProperty("id").GetGuid()}/retire");
            retire.Headers.Authorization = new("Bearer", tokens["manager"]);
            retire.Content = JsonContent.Create(new { });
            (await http.SendAsync(retire)).EnsureSuccessStatusCode();
        }
    }

    private static async Task<JsonElement> PostAsync(HttpClient http, string token, string path, object body)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, path) { Content = JsonContent.Create(body) };
        request.Headers.Authorization = new("Bearer", token);
        using var response = await http.SendAsync(request);
        if (!response.IsSuccessStatusCode)
        {
            throw new InvalidOperationException($"POST {path}: {(int)response.StatusCode} {await response.Content.ReadAsStringAsync()}");
        }

        return await response.Content.ReadFromJsonAsync<JsonElement>();
    }

    private static void Report(IReadOnlyDictionary<Guid, DateTimeOffset> dueTimes, IReadOnlyList<(Guid Item, DateTimeOffset At)> arrivals, int watchers)
    {
        var lags = arrivals.Where(a => dueTimes.ContainsKey(a.Item)).Select(a => (a.At - dueTimes[a.Item]).TotalSeconds).Order().ToList();
        var expected = dueTimes.Count * watchers;
        Console.WriteLine();
        Console.WriteLine("| breaches | open connections of the supervisor | pushes expected | received | lag p50 s | lag p99 s | max s |");
        Console.WriteLine("|---|---|---|---|---|---|---|");
        Console.WriteLine(lags.Count == 0
            ? $"| {dueTimes.Count} | {watchers} | {expected} | 0 | – | – | – |"
            : string.Create(CultureInfo.InvariantCulture,
                $"| {dueTimes.Count} | {watchers} | {expected} | {lags.Count} | {Measure.Percentile(lags, 0.50):F1} | {Measure.Percentile(lags, 0.99):F1} | {lags[^1]:F1} |"));
    }
}
