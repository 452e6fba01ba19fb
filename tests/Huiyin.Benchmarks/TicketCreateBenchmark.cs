using System.Diagnostics;
using System.Globalization;
using Huiyin.Organization.Contracts;
using Npgsql;

namespace Huiyin.Benchmarks;

/// <summary>
/// Ticket intake through HTTP at 1, 8 and 32 concurrent clients (each for N seconds, 10 unless given), next to the
/// raw database limit for the same rows: pgbench running one transaction that inserts what an intake writes.
/// </summary>
internal static class TicketCreateBenchmark
{
    private static readonly int[] Clients = [1, 8, 32];

    public static async Task RunAsync(string[] arguments)
    {
        var seconds = arguments.Length > 0 ? int.Parse(arguments[0], CultureInfo.InvariantCulture) : 10;
        var app = new BenchmarkApp();
        await app.StartAsync();
        try
        {
            var agent = await app.SignedInAsAsync(StaffRole.Agent);
            var template = await TicketTemplate.CreateAsync(agent);
            var sample = await template.PostAsync(agent);
            var script = await RawIntakeScript.WriteAsync(app.ConnectionString, sample);
            Console.WriteLine($"Host: {agent.BaseAddress}; {seconds} s per run");
            Console.WriteLine();
            Console.WriteLine("| clients | HTTP req/s | p50 ms | p95 ms | p99 ms | raw DB tx/s (pgbench) | raw mean ms | HTTP / raw |");
            Console.WriteLine("|---|---|---|---|---|---|---|---|");
            foreach (var clients in Clients)
            {
                var http = await RunHttpAsync(agent, template, clients, TimeSpan.FromSeconds(seconds));
                var raw = await Pgbench.RunAsync(app.ConnectionString, script, clients, seconds);
                Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                    $"| {clients} | {http.PerSecond:F0} | {http.P50:F1} | {http.P95:F1} | {http.P99:F1} | {raw.PerSecond:F0} | {raw.MeanMilliseconds:F1} | {http.PerSecond / raw.PerSecond:P0} |"));
            }
        }
        finally
        {
            NpgsqlConnection.ClearAllPools();
            await app.StopAsync();
        }
    }

    private static async Task<Throughput> RunHttpAsync(HttpClient agent, TicketTemplate template, int clients, TimeSpan duration)
    {
        for (var i = 0; i < 20; i++)
        {
            await template.PostAsync(agent);
        }

        var latencies = new List<double>();
        var clock = Stopwatch.StartNew();
        await Task.WhenAll(Enumerable.Range(0, clients).Select(async _ =>
        {
            var mine = new List<double>();
            while (clock.Elapsed < duration)
            {
                var watch = Stopwatch.StartNew();
                await template.PostAsync(agent);
                mine.Add(watch.Elapsed.TotalMilliseconds);
            }

            lock (latencies)
            {
                latencies.AddRange(mine);
            }
        }));
        var elapsed = clock.Elapsed.TotalSeconds;
        latencies.Sort();
        return new Throughput(latencies.Count / elapsed, Measure.Percentile(latencies, 0.50), Measure.Percentile(latencies, 0.95), Measure.Percentile(latencies, 0.99));
    }

    private sealed record Throughput(double PerSecond, double P50, double P95, double P99);
}
