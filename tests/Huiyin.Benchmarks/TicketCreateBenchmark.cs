using System.Diagnostics;
using System.Globalization;
using Huiyin.Organization.Contracts;
using Npgsql;

namespace Huiyin.Benchmarks;

/// <summary>
/// Ticket intake through HTTP at 1, 8 and 32 concurrent clients (each for N seconds, 10 unless given; other client
/// counts as a comma-separated list after the seconds), next to the raw database limit for the same rows: pgbench
/// running one transaction that inserts what an intake writes.
/// </summary>
internal static class TicketCreateBenchmark
{
    private static readonly int[] DefaultClients = [1, 8, 32];
    private static readonly TimeSpan WarmUp = TimeSpan.FromSeconds(3);

    public static async Task RunAsync(string[] arguments)
    {
        var seconds = arguments.Length > 0 ? int.Parse(arguments[0], CultureInfo.InvariantCulture) : 10;
        var clientCounts = arguments.Length > 1 ? arguments[1].Split(',').Select(n => int.Parse(n, CultureInfo.InvariantCulture)).ToArray() : DefaultClients;
        var app = new BenchmarkApp();
        await app.StartAsync();
        string? script = null;
        try
        {
            var agent = await app.SignedInAsAsync(StaffRole.Agent);
            var template = await TicketTemplate.CreateAsync(agent);
            var sample = await template.PostAsync(agent);
            script = await RawIntakeScript.WriteAsync(app.ConnectionString, sample);
            Console.WriteLine($"Host: {agent.BaseAddress}; {seconds} s per run");
            Console.WriteLine();
            Console.WriteLine("| clients | HTTP req/s | p50 ms | p95 ms | p99 ms | host CPU ms/req | raw DB tx/s (pgbench) | raw mean ms | HTTP / raw |");
            Console.WriteLine("|---|---|---|---|---|---|---|---|---|");
            foreach (var clients in clientCounts)
            {
                var http = await RunHttpAsync(agent, template, clients, TimeSpan.FromSeconds(seconds));
                var raw = await Pgbench.RunAsync(app.ConnectionString, script, clients, seconds);
                Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                    $"| {clients} | {http.PerSecond:F0} | {http.P50:F1} | {http.P95:F1} | {http.P99:F1} | {http.CpuPerRequest:F2} | {raw.PerSecond:F0} | {raw.MeanMilliseconds:F1} | {http.PerSecond / raw.PerSecond:P0} |"));
            }
        }
        finally
        {
            if (script is not null)
            {
                File.Delete(script);
            }

            NpgsqlConnection.ClearAllPools();
            await app.StopAsync();
        }
    }

    /// <summary>Posts for a few seconds first, untimed, so that the figures are those of a warmed-up host.</summary>
    private static async Task<Throughput> RunHttpAsync(HttpClient agent, TicketTemplate template, int clients, TimeSpan duration)
    {
        await PostAsync(agent, template, clients, WarmUp);
        var cpuBefore = Process.GetCurrentProcess().TotalProcessorTime;
        var clock = Stopwatch.StartNew();
        var latencies = await PostAsync(agent, template, clients, duration);
        var elapsed = clock.Elapsed.TotalSeconds;
        var cpu = Process.GetCurrentProcess().TotalProcessorTime - cpuBefore;
        latencies.Sort();
        return new Throughput(latencies.Count / elapsed, Measure.Percentile(latencies, 0.50), Measure.Percentile(latencies, 0.95), Measure.Percentile(latencies, 0.99),
            cpu.TotalMilliseconds / latencies.Count);
    }

    /// <summary>Each client posts one ticket after another until the time is up; answers every latency in ms.</summary>
    private static async Task<List<double>> PostAsync(HttpClient agent, TicketTemplate template, int clients, TimeSpan duration)
    {
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
        return latencies;
    }

    /// <param name="CpuPerRequest">This process's CPU time per request: the host's and the HTTP client's, which share it.</param>
    private sealed record Throughput(double PerSecond, double P50, double P95, double P99, double CpuPerRequest);
}
