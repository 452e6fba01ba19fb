using System.Diagnostics;
using System.Globalization;
using System.Net.Http.Json;
using System.Text.Json;
using Huiyin.Organization.Contracts;
using Npgsql;

namespace Huiyin.Benchmarks;

/// <summary>
/// An outage over a building of 5,000 units (unless given) with an owner and an occupant each, all consenting to text messages:
/// how long after the outage is recorded every customer's message is queued, and how the API answers meanwhile (agents'
/// notices banner, read ten times a second). Results as a Markdown table; see docs/benchmarks.md.
/// </summary>
internal static class OutageNoticeBenchmark
{
    private static readonly TimeSpan GiveUpAfter = TimeSpan.FromMinutes(2);

    /// <summary>Agents' banners, many of them, read the notices about this often between them.</summary>
    private static readonly TimeSpan ProbeInterval = TimeSpan.FromMilliseconds(100);

    public static async Task RunAsync(string[] arguments)
    {
        var units = arguments.Length > 0 ? int.Parse(arguments[0], CultureInfo.InvariantCulture) : 5_000;
        var app = new BenchmarkApp();
        await app.StartAsync();
        try
        {
            await CustomerSeeder.SeedAsync(app.Services, units * 2);
            var building = await BuildingAsync(await app.SignedInAsAsync(StaffRole.Manager));
            await using var connection = await app.OpenConnectionAsync();
            await SeedUnitsAsync(connection, building, units);
            Console.WriteLine($"Seeded {units:N0} units and {units * 2:N0} customers, all consenting");

            var agent = await app.SignedInAsAsync(StaffRole.Agent);
            var technician = await app.SignedInAsAsync(StaffRole.Technician);
            var watch = Stopwatch.StartNew();
            var created = await technician.PostAsJsonAsync("/api/v1/facilities/outages", new
            {
                kind = "WaterCut", title = "主管爆裂停水", buildingIds = new[] { building.BuildingId }, startedAt = DateTimeOffset.UtcNow,
            });
            created.EnsureSuccessStatusCode();
            var answered = watch.Elapsed;
            var outageId = (await created.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetGuid();

            var probes = new List<double>();
            long queued = 0;
            while (watch.Elapsed < GiveUpAfter && (queued = await QueuedAsync(connection, outageId)) < units * 2)
            {
                var probe = Stopwatch.StartNew();
                (await agent.GetAsync("/api/v1/facilities/notices/active")).EnsureSuccessStatusCode();
                probes.Add(probe.Elapsed.TotalMilliseconds);
                await Task.Delay(ProbeInterval);
            }

            var recorded = watch.Elapsed;
            probes.Sort();
            Console.WriteLine();
            Console.WriteLine("| units | customers texted | POST answered | all messages queued | notices read meanwhile | p50 ms | p95 ms | max ms |");
            Console.WriteLine("|---:|---:|---:|---:|---:|---:|---:|---:|");
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"| {units:N0} | {queued:N0} | {answered.TotalSeconds:F2} s | {recorded.TotalSeconds:F1} s | {probes.Count} | {Measure.Percentile(probes, 0.5):F1} | {Measure.Percentile(probes, 0.95):F1} | {probes[^1]:F1} |"));
        }
        finally
        {
            await app.StopAsync();
        }
    }

    private static async Task<(Guid SiteId, Guid BuildingId)> BuildingAsync(HttpClient manager)
    {
        var site = await (await manager.PostAsJsonAsync("/api/v1/facilities/sites", new { name = "金色家园" })).Content.ReadFromJsonAsync<JsonElement>();
        var siteId = site.GetProperty("id").GetGuid();
        var building = await (await manager.PostAsJsonAsync("/api/v1/facilities/buildings", new { siteId, code = "1", name = "1栋" })).Content.ReadFromJsonAsync<JsonElement>();
        return (siteId, building.GetProperty("id").GetGuid());
    }

    /// <summary>The units and, for each, the next two seeded customers as its owner and its occupant, in two statements.</summary>
    private static async Task SeedUnitsAsync(NpgsqlConnection connection, (Guid SiteId, Guid BuildingId) building, int units)
    {
        await using var command = new NpgsqlCommand(
            """
            INSERT INTO facilities.units (id, site_id, building_id, floor, number, full_number, label, vacant, created_at, created_by, updated_at, updated_by)
            SELECT gen_random_uuid(), @site, @building, i / 20 + 1, i::text, '1-' || i, '金色家园 1栋 ' || i, false, now(), 'benchmark', now(), 'benchmark'
            FROM generate_series(1, @units) AS i;
            INSERT INTO facilities.occupancies (id, unit_id, customer_id, role, moved_in_at, moved_in_recorded_by)
            SELECT gen_random_uuid(), u.id, c.id, CASE WHEN c.n % 2 = 0 THEN 'Owner' ELSE 'Occupant' END, now(), 'benchmark'
            FROM (SELECT id, row_number() OVER (ORDER BY full_number) - 1 AS n FROM facilities.units WHERE building_id = @building) AS u
            JOIN (SELECT id, row_number() OVER (ORDER BY sequence) - 1 AS n FROM customers.customers) AS c ON c.n / 2 = u.n;
            ANALYZE facilities.units; ANALYZE facilities.occupancies;
            """, connection);
        command.Parameters.AddWithValue("site", building.SiteId);
        command.Parameters.AddWithValue("building", building.BuildingId);
        command.Parameters.AddWithValue("units", units);
        await command.ExecuteNonQueryAsync();
    }

    private static async Task<long> QueuedAsync(NpgsqlConnection connection, Guid outageId)
    {
        await using var command = new NpgsqlCommand("SELECT count(*) FROM notifications.outgoing_messages WHERE related_item_id = @outage", connection);
        command.Parameters.AddWithValue("outage", outageId);
        return (long)(await command.ExecuteScalarAsync())!;
    }
}
