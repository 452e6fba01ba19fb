using System.Diagnostics;
using System.Globalization;
using System.Net.Http.Json;
using System.Text.Json;
using Huiyin.Organization.Contracts;
using Npgsql;

namespace Huiyin.Benchmarks;

/// <summary>
/// Unit search over an estate of about 200,000 units (20 sites × 10 buildings × 2 entrances × 33 floors × 15 doors unless
/// a number of sites is given) through the HTTP API, as an agent types what a caller says. Results as a Markdown table;
/// see docs/benchmarks.md.
/// </summary>
internal static class UnitSearchBenchmark
{
    private const int BuildingsPerSite = 10;

    public static async Task RunAsync(string[] arguments)
    {
        var sites = arguments.Length > 0 ? int.Parse(arguments[0], CultureInfo.InvariantCulture) : 20;
        var rounds = arguments.Length > 1 ? int.Parse(arguments[1], CultureInfo.InvariantCulture) : 200;
        var app = new BenchmarkApp();
        await app.StartAsync();
        try
        {
            var manager = await app.SignedInAsAsync(StaffRole.Manager);
            var seeding = Stopwatch.StartNew();
            var buildings = new List<Guid>();
            for (var site = 1; site <= sites; site++)
            {
                buildings.AddRange(await SiteAsync(manager, $"第{site}小区"));
            }

            await using var connection = await app.OpenConnectionAsync();
            var units = await SeedUnitsAsync(connection);
            Console.WriteLine($"Seeded {units:N0} units in {buildings.Count} buildings of {sites} sites in {seeding.Elapsed.TotalSeconds:F0} s");

            var agent = await app.SignedInAsAsync(StaffRole.Agent);
            var random = new Random(7);
            string Door() => $"{random.Next(1, 34)}{random.Next(1, 16):D2}";
            string InBuilding(int i) => $"buildingId={buildings[i]}&search={(i % BuildingsPerSite) + 1}-"; // the code of the i-th building made
            var searches = new (string Label, Func<int, string> Path)[]
            {
                ("whole number (3-2-1502)", _ => $"search={random.Next(1, BuildingsPerSite + 1)}-{random.Next(1, 3)}-{Door()}"),
                ("start of the number (3-2-15)", _ => $"search={random.Next(1, BuildingsPerSite + 1)}-{random.Next(1, 3)}-{random.Next(1, 34)}"),
                ("door number only (1502)", _ => $"search={Door()}"),
                ("in one building, start of the number (3-2-15)", _ => InBuilding(random.Next(buildings.Count)) + $"{random.Next(1, 3)}-{random.Next(1, 34)}"),
                ("vacant units of one building", _ => $"buildingId={buildings[random.Next(buildings.Count)]}&vacant=true"),
            };

            Console.WriteLine();
            Console.WriteLine("| search (GET /api/v1/facilities/units?…, limit 20) | requests | p50 ms | p95 ms | max ms | mean hits |");
            Console.WriteLine("|---|---|---|---|---|---|");
            foreach (var (label, path) in searches)
            {
                var result = await Measure.RunAsync(agent, i => $"/api/v1/facilities/units?limit=20&{path(i)}", rounds);
                Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                    $"| {label} | {rounds} | {result.P50:F1} | {result.P95:F1} | {result.Max:F1} | {result.MeanHits:F1} |"));
            }
        }
        finally
        {
            await app.StopAsync();
        }
    }

    private static async Task<List<Guid>> SiteAsync(HttpClient manager, string name)
    {
        var site = await (await manager.PostAsJsonAsync("/api/v1/facilities/sites", new { name })).Content.ReadFromJsonAsync<JsonElement>();
        var buildings = new List<Guid>();
        for (var code = 1; code <= BuildingsPerSite; code++)
        {
            var building = await manager.PostAsJsonAsync("/api/v1/facilities/buildings", new { siteId = site.GetProperty("id").GetGuid(), code = $"{code}", name = $"{code}栋" });
            building.EnsureSuccessStatusCode();
            buildings.Add((await building.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetGuid());
        }

        return buildings;
    }

    /// <summary>Every building's units in one statement: entrances 1–2, floors 1–33, doors 01–15, one in ten vacant.</summary>
    private static async Task<long> SeedUnitsAsync(NpgsqlConnection connection)
    {
        await using var command = new NpgsqlCommand(
            """
            INSERT INTO facilities.units (id, site_id, building_id, entrance, floor, number, full_number, label, vacant, created_at, created_by, updated_at, updated_by)
            SELECT gen_random_uuid(), b.site_id, b.id, e::text, f, number, b.code || '-' || e || '-' || number,
                   s.name || ' ' || b.code || '栋 ' || e || '单元 ' || number, (f * 15 + d) % 10 = 0, now(), 'benchmark', now(), 'benchmark'
            FROM facilities.buildings b JOIN facilities.sites s ON s.id = b.site_id,
                 generate_series(1, 2) AS e, generate_series(1, 33) AS f, generate_series(1, 15) AS d,
                 LATERAL (SELECT f::text || lpad(d::text, 2, '0') AS number) AS n;
            ANALYZE facilities.units;
            SELECT count(*) FROM facilities.units;
            """, connection);
        command.CommandTimeout = 600;
        return (long)(await command.ExecuteScalarAsync())!;
    }
}
