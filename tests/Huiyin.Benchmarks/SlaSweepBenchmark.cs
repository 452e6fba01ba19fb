using System.Diagnostics;
using System.Globalization;
using Huiyin.Sla.Jobs;
using Microsoft.Extensions.DependencyInjection;
using Npgsql;

namespace Huiyin.Benchmarks;

/// <summary>
/// Breach detection under load: N open clocks of which 10,000 fall due within one minute, swept every 10 seconds
/// exactly as the recurring job <c>sla:sweep</c> does. Reports the lag between each clock's due time and its
/// recorded breach (p50, p99, max) and the duration of each sweep run — once with 1,000,000 open clocks and once
/// with 10,000, to show that the cost follows the clocks falling due, not the clocks open.
/// </summary>
internal static class SlaSweepBenchmark
{
    private const int FallingDue = 10_000;
    private static readonly TimeSpan SweepEvery = TimeSpan.FromSeconds(10);
    private static readonly TimeSpan DueSpread = TimeSpan.FromMinutes(1);
    private static readonly TimeSpan FirstDueIn = TimeSpan.FromSeconds(15);

    public static async Task RunAsync()
    {
        var app = new BenchmarkApp();
        await app.StartAsync();
        try
        {
            foreach (var open in new[] { 1_000_000, FallingDue })
            {
                await app.ResetAsync();
                await MeasureAsync(app, open);
            }
        }
        finally
        {
            await app.StopAsync();
        }
    }

    private static async Task MeasureAsync(BenchmarkApp app, int open)
    {
        var seeding = Stopwatch.StartNew();
        var firstDue = DateTimeOffset.UtcNow + FirstDueIn + TimeSpan.FromSeconds(open / 40_000);
        await SeedAsync(app, open, firstDue);
        Console.WriteLine($"\n{open:N0} open clocks, {FallingDue:N0} falling due between +0 s and +60 s (seeded in {seeding.Elapsed.TotalSeconds:0.0} s)");

        var runs = new List<(TimeSpan Duration, DateTimeOffset At)>();
        var end = firstDue + DueSpread + (2 * SweepEvery);
        while (DateTimeOffset.UtcNow < end)
        {
            var started = Stopwatch.StartNew();
            var at = DateTimeOffset.UtcNow;
            await using (var scope = app.Services.CreateAsyncScope())
            {
                await scope.ServiceProvider.GetRequiredService<SlaSweepJob>().RunAsync(CancellationToken.None);
            }

            runs.Add((started.Elapsed, at));
            var wait = SweepEvery - started.Elapsed;
            if (wait > TimeSpan.Zero)
            {
                await Task.Delay(wait);
            }
        }

        await ReportAsync(app, runs.Where(r => r.At >= firstDue - SweepEvery).Select(r => r.Duration).ToList());
    }

    /// <summary>Inserts the clocks in one statement: the due ones already warned, the rest due in 1–30 days.</summary>
    private static async Task SeedAsync(BenchmarkApp app, int open, DateTimeOffset firstDue)
    {
        await using var connection = await app.OpenConnectionAsync();
        await using var insert = new NpgsqlCommand(
            """
            INSERT INTO sla.clocks (id, item_type, item_id, metric, policy_id, policy_name, explanation, calendar_id, catalogue_version, "window",
                warn_at_percent, escalation_levels, status, started_at, due_at, warn_at, paused_at, paused_total, warned_at,
                breached_at, ever_breached, escalation_level, fulfilled_at, next_check_at)
            SELECT gen_random_uuid(), 'Ticket', gen_random_uuid(), 'Resolution', gen_random_uuid(), '标准工单', 'benchmark', NULL,
                coalesce((SELECT version FROM sla.catalogue_version), '00000000-0000-0000-0000-000000000000'), interval '24 hours',
                80, 3, 'Running', due - interval '24 hours', due, due - interval '4.8 hours', NULL, interval '0',
                CASE WHEN soon THEN due - interval '4.8 hours' END, NULL, false, 0, NULL,
                CASE WHEN soon THEN due ELSE due - interval '4.8 hours' END
            FROM (
                SELECT n <= @due AS soon,
                       CASE WHEN n <= @due THEN @first + (n - 1) * (interval '60 seconds' / @due)
                            ELSE @first + interval '1 day' + random() * interval '29 days' END AS due
                FROM generate_series(1, @open) AS n
            ) planned
            """, connection);
        insert.CommandTimeout = 600;
        insert.Parameters.AddWithValue("due", FallingDue);
        insert.Parameters.AddWithValue("open", open);
        insert.Parameters.AddWithValue("first", firstDue);
        await insert.ExecuteNonQueryAsync();
        await using var analyze = new NpgsqlCommand("ANALYZE sla.clocks", connection);
        await analyze.ExecuteNonQueryAsync();
    }

    private static async Task ReportAsync(BenchmarkApp app, List<TimeSpan> runs)
    {
        await using var connection = await app.OpenConnectionAsync();
        await using var lag = new NpgsqlCommand(
            """
            SELECT count(*),
                   percentile_cont(0.5) WITHIN GROUP (ORDER BY extract(epoch FROM breached_at - due_at)),
                   percentile_cont(0.99) WITHIN GROUP (ORDER BY extract(epoch FROM breached_at - due_at)),
                   max(extract(epoch FROM breached_at - due_at))
            FROM sla.clocks WHERE breached_at IS NOT NULL
            """, connection);
        await using var reader = await lag.ExecuteReaderAsync();
        await reader.ReadAsync();
        var culture = CultureInfo.InvariantCulture;
        Console.WriteLine(string.Create(culture,
            $"  breaches recorded: {reader.GetInt64(0):N0} of {FallingDue:N0}; lag due → recorded: p50 {reader.GetDouble(1):0.0} s, p99 {reader.GetDouble(2):0.0} s, max {reader.GetDecimal(3):0.0} s"));
        var busy = runs.Where(r => r > TimeSpan.FromMilliseconds(100)).Select(r => r.TotalSeconds).Order().ToList();
        Console.WriteLine(string.Create(culture,
            $"  sweep runs: {runs.Count}; each {runs.Min().TotalMilliseconds:0} ms – {runs.Max().TotalMilliseconds:0} ms (median of busy runs {(busy.Count == 0 ? 0 : busy[busy.Count / 2]):0.00} s)"));
    }
}
