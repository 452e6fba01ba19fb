using System.Diagnostics;
using System.Globalization;
using Huiyin.Organization.Contracts;

namespace Huiyin.Benchmarks;

/// <summary>
/// Seeds N customers (100,000 unless given) into a throwaway database and times searches through the HTTP API
/// of a host listening on a loopback port. Results as a Markdown table; see docs/benchmarks.md.
/// </summary>
internal static class CustomerSearchBenchmark
{
    public static async Task RunAsync(string[] arguments)
    {
        var count = arguments.Length > 0 ? int.Parse(arguments[0], CultureInfo.InvariantCulture) : 100_000;
        var rounds = arguments.Length > 1 ? int.Parse(arguments[1], CultureInfo.InvariantCulture) : 200;

        var app = new BenchmarkApp();
        await app.StartAsync();
        try
        {
            var client = await app.SignedInAsAsync(StaffRole.Agent);
            Console.WriteLine($"Host: {client.BaseAddress}");

            var seeding = Stopwatch.StartNew();
            var sample = await CustomerSeeder.SeedAsync(app.Services, count);
            Console.WriteLine($"Seeded {count:N0} customers in {seeding.Elapsed.TotalSeconds:F0} s");

            var searches = new (string Label, List<string> Terms, Func<string, string> Query)[]
            {
                ("name, 2 characters (姓名片段 2 字)", sample.TwoCharacterFragments, term => term),
                ("name, 3 characters (姓名片段 3 字)", sample.ThreeCharacterFragments, term => term),
                ("phone, last 8 digits", sample.Phones, term => term[^8..]),
                ("phone, whole number", sample.Phones, term => term),
                ("customer number", sample.Numbers, term => term),
            };

            Console.WriteLine();
            Console.WriteLine($"| search (GET /api/v1/customers?search=…, limit 50) | requests | p50 ms | p95 ms | max ms | mean hits |");
            Console.WriteLine("|---|---|---|---|---|---|");
            // A small seed may have no terms of a kind (no three-character names, say): that kind is skipped.
            foreach (var (label, terms, query) in searches.Where(search => search.Terms.Count > 0))
            {
                var result = await Measure.RunAsync(client, i => $"/api/v1/customers?limit=50&search={Uri.EscapeDataString(query(terms[i % terms.Count]))}", rounds);
                Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                    $"| {label} | {rounds} | {result.P50:F1} | {result.P95:F1} | {result.Max:F1} | {result.MeanHits:F1} |"));
            }
        }
        finally
        {
            await app.StopAsync();
        }
    }
}
