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

            var searches = new (string Label, Func<int, string> Query)[]
            {
                ("name, 2 characters (姓名片段 2 字)", i => sample.TwoCharacterFragments[i % sample.TwoCharacterFragments.Count]),
                ("name, 3 characters (姓名片段 3 字)", i => sample.ThreeCharacterFragments[i % sample.ThreeCharacterFragments.Count]),
                ("phone, last 8 digits", i => sample.Phones[i % sample.Phones.Count][^8..]),
                ("phone, whole number", i => sample.Phones[i % sample.Phones.Count]),
                ("customer number", i => sample.Numbers[i % sample.Numbers.Count]),
            };

            Console.WriteLine();
            Console.WriteLine($"| search (GET /api/v1/customers?search=…, limit 50) | requests | p50 ms | p95 ms | max ms | mean hits |");
            Console.WriteLine("|---|---|---|---|---|---|");
            foreach (var (label, query) in searches)
            {
                var result = await Measure.RunAsync(client, query, rounds);
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
