using System.Diagnostics;
using System.Net.Http.Json;
using System.Text.Json;

namespace Huiyin.Benchmarks;

internal sealed record Timing(double P50, double P95, double Max, double MeanHits);

internal static class Measure
{
    private const int WarmUp = 20;

    /// <summary>Sends <paramref name="rounds"/> searches one after another (after a warm-up) and reports the latency percentiles.</summary>
    public static async Task<Timing> RunAsync(HttpClient client, Func<int, string> search, int rounds)
    {
        for (var i = 0; i < WarmUp; i++)
        {
            await SearchAsync(client, search(i));
        }

        var milliseconds = new List<double>(rounds);
        var hits = 0;
        for (var i = 0; i < rounds; i++)
        {
            var watch = Stopwatch.StartNew();
            hits += await SearchAsync(client, search(i + WarmUp));
            milliseconds.Add(watch.Elapsed.TotalMilliseconds);
        }

        milliseconds.Sort();
        return new Timing(Percentile(milliseconds, 0.50), Percentile(milliseconds, 0.95), milliseconds[^1], (double)hits / rounds);
    }

    private static async Task<int> SearchAsync(HttpClient client, string term)
    {
        var response = await client.GetAsync($"/api/v1/customers?limit=50&search={Uri.EscapeDataString(term)}");
        response.EnsureSuccessStatusCode();
        var page = await response.Content.ReadFromJsonAsync<JsonElement>();
        return page.GetProperty("items").GetArrayLength();
    }

    private static double Percentile(List<double> sorted, double p) => sorted[(int)Math.Ceiling(p * sorted.Count) - 1];
}
