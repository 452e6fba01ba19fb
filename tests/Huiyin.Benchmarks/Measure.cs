using System.Diagnostics;
using System.Net.Http.Json;
using System.Text.Json;

namespace Huiyin.Benchmarks;

internal sealed record Timing(double P50, double P95, double Max, double MeanHits);

internal static class Measure
{
    private const int WarmUp = 20;

    /// <summary>Sends <paramref name="rounds"/> list requests one after another (after a warm-up) and reports the latency percentiles.</summary>
    public static async Task<Timing> RunAsync(HttpClient client, Func<int, string> path, int rounds)
    {
        for (var i = 0; i < WarmUp; i++)
        {
            await ListAsync(client, path(i));
        }

        var milliseconds = new List<double>(rounds);
        var hits = 0;
        for (var i = 0; i < rounds; i++)
        {
            var watch = Stopwatch.StartNew();
            hits += await ListAsync(client, path(i + WarmUp));
            milliseconds.Add(watch.Elapsed.TotalMilliseconds);
        }

        milliseconds.Sort();
        return new Timing(Percentile(milliseconds, 0.50), Percentile(milliseconds, 0.95), milliseconds[^1], (double)hits / rounds);
    }

    private static async Task<int> ListAsync(HttpClient client, string path)
    {
        var response = await client.GetAsync(path);
        response.EnsureSuccessStatusCode();
        var page = await response.Content.ReadFromJsonAsync<JsonElement>();
        return page.GetProperty("items").GetArrayLength();
    }

    public static double Percentile(List<double> sorted, double p) => sorted[(int)Math.Ceiling(p * sorted.Count) - 1];
}
