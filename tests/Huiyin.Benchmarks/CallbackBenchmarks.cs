using System.Diagnostics;
using System.Globalization;
using System.Net.Http.Json;
using System.Text.Json;
using Huiyin.Organization.Contracts;
using Npgsql;

namespace Huiyin.Benchmarks;

/// <summary>
/// <c>callbacks-annual [customers]</c>: next year's annual plan for 100,000 customers (unless given) and 20 Agents, made through
/// the API, with its time and how far the process's memory rose meanwhile. <c>callbacks-due-today [callbacks] [rounds]</c>: the
/// workbench's "due today" over 1,000,000 callbacks (unless given) spread over a year and 50 Agents, as an Agent and as a Manager.
/// Results as Markdown tables; see docs/benchmarks.md.
/// </summary>
internal static class CallbackBenchmarks
{
    private const int Agents = 50;

    public static async Task AnnualPlanAsync(string[] arguments)
    {
        var customers = arguments.Length > 0 ? int.Parse(arguments[0], CultureInfo.InvariantCulture) : 100_000;
        var app = new BenchmarkApp();
        await app.StartAsync();
        try
        {
            await CustomerSeeder.SeedAsync(app.Services, customers);
            for (var i = 0; i < 20; i++)
            {
                await app.ProvisionAsync($"agent-{i:00}", StaffRole.Agent);
            }

            var admin = await app.SignedInAsAsync(StaffRole.Admin);
            GC.Collect();
            GC.WaitForPendingFinalizers();
            var process = Process.GetCurrentProcess();
            process.Refresh();
            var before = process.WorkingSet64;
            var peak = before;
            using var sampling = new CancellationTokenSource();
            var sampler = Task.Run(async () =>
            {
                while (!sampling.IsCancellationRequested)
                {
                    process.Refresh();
                    peak = Math.Max(peak, process.WorkingSet64);
                    await Task.Delay(50);
                }
            });
            var watch = Stopwatch.StartNew();
            var response = await admin.PostAsJsonAsync("/api/v1/callbacks/annual-plan", new { year = DateTimeOffset.UtcNow.Year + 1 });
            var took = watch.Elapsed;
            await sampling.CancelAsync();
            await sampler;
            response.EnsureSuccessStatusCode();
            var outcome = await response.Content.ReadFromJsonAsync<JsonElement>();

            Console.WriteLine();
            Console.WriteLine("| customers | working days | planned | took | working set before | peak rise |");
            Console.WriteLine("|---:|---:|---:|---:|---:|---:|");
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"| {customers:N0} | {outcome.GetProperty("workingDays").GetInt32()} | {outcome.GetProperty("planned").GetInt32():N0} | {took.TotalSeconds:F1} s | {before / 1048576.0:F0} MB | {(peak - before) / 1048576.0:F0} MB |"));
        }
        finally
        {
            NpgsqlConnection.ClearAllPools();
            await app.StopAsync();
        }
    }

    public static async Task DueTodayAsync(string[] arguments)
    {
        var count = arguments.Length > 0 ? int.Parse(arguments[0], CultureInfo.InvariantCulture) : 1_000_000;
        var rounds = arguments.Length > 1 ? int.Parse(arguments[1], CultureInfo.InvariantCulture) : 200;
        var app = new BenchmarkApp();
        await app.StartAsync();
        try
        {
            var agentId = await app.ProvisionAsync("test-agent", StaffRole.Agent);
            var agent = await app.SignedInAsAsync("test-agent");
            var customer = await (await agent.PostAsJsonAsync("/api/v1/customers", new { type = "Owner", name = "张丽", phones = new[] { "13900139000" } }))
                .Content.ReadFromJsonAsync<JsonElement>();
            var template = await (await agent.PostAsJsonAsync("/api/v1/callbacks", new
            {
                customerId = customer.GetProperty("id").GetGuid(), reason = "Requested", dueAt = DateTimeOffset.UtcNow.AddHours(1), note = "业主要求回复维修费用",
            })).Content.ReadFromJsonAsync<JsonElement>();
            var seeding = Stopwatch.StartNew();
            await SeedAsync(app.ConnectionString, template.GetProperty("id").GetGuid(), agentId, count);
            Console.WriteLine($"Host: {agent.BaseAddress}; seeded {count:N0} callbacks in {seeding.Elapsed.TotalSeconds:F0} s");

            var manager = await app.SignedInAsAsync(StaffRole.Manager);
            Console.WriteLine();
            Console.WriteLine($"| GET /api/v1/callbacks?due=today over {count:N0} | requests | p50 ms | p95 ms | max ms | mean rows |");
            Console.WriteLine("|---|---|---|---|---|---|");
            foreach (var (label, caller) in new[] { ("an Agent's own", agent), ("a Manager's (everyone's)", manager) })
            {
                var result = await Measure.RunAsync(caller, _ => "/api/v1/callbacks?due=today&limit=50", rounds);
                Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"| {label} | {rounds} | {result.P50:F1} | {result.P95:F1} | {result.Max:F1} | {result.MeanHits:F1} |"));
            }
        }
        finally
        {
            NpgsqlConnection.ClearAllPools();
            await app.StopAsync();
        }
    }

    /// <summary>Copies of the template callback: due over the year around today, a third done, one of each day's <see cref="Agents"/> the signed-in Agent's.</summary>
    private static async Task SeedAsync(string connectionString, Guid template, Guid agentId, int count)
    {
        await using var connection = new NpgsqlConnection(connectionString);
        await connection.OpenAsync();
        var when = "date_trunc('day', now()) + make_interval(days => (g % 365) - 182, hours => 1 + g % 13)";
        var insert = await TemplateCopy.InsertAsync(connection, "callbacks", "callbacks",
            $"callbacks.callbacks t, generate_series(1, {count}) g WHERE t.id = '{template}'",
            new Dictionary<string, string>
            {
                ["id"] = "gen_random_uuid()",
                ["customer_id"] = "md5((g % 20000)::text)::uuid",
                ["assignee_id"] = $"CASE WHEN (g / 365) % {Agents} = 0 THEN '{agentId}'::uuid ELSE md5((1000000 + (g / 365) % {Agents})::text)::uuid END",
                ["due_at"] = when,
                ["call_at"] = when,
                ["status"] = "CASE WHEN g % 3 = 0 THEN 'Done' ELSE 'Due' END",
                ["closed_at"] = $"CASE WHEN g % 3 = 0 THEN {when} ELSE NULL END",
            });
        await using (var command = new NpgsqlCommand(insert, connection) { CommandTimeout = 0 })
        {
            await command.ExecuteNonQueryAsync();
        }

        await using var analyze = new NpgsqlCommand("ANALYZE callbacks.callbacks", connection) { CommandTimeout = 0 };
        await analyze.ExecuteNonQueryAsync();
    }
}
