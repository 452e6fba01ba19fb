using System.Diagnostics;
using System.Globalization;
using System.Text.RegularExpressions;
using Npgsql;

namespace Huiyin.Benchmarks;

/// <summary>Runs Debian's pgbench with a script against the benchmark's database and reads its summary.</summary>
internal static partial class Pgbench
{
    private const string Program = "/usr/lib/postgresql/15/bin/pgbench";

    public static async Task<RawThroughput> RunAsync(string connectionString, string script, int clients, int seconds)
    {
        var target = new NpgsqlConnectionStringBuilder(connectionString);
        var start = new ProcessStartInfo(Program)
        {
            ArgumentList = { "-n", "-f", script, "-c", clients.ToString(CultureInfo.InvariantCulture), "-j", Math.Min(clients, 2).ToString(CultureInfo.InvariantCulture),
                "-T", seconds.ToString(CultureInfo.InvariantCulture), "-h", target.Host!, "-p", target.Port.ToString(CultureInfo.InvariantCulture),
                "-U", target.Username!, target.Database! },
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        start.Environment["PGPASSWORD"] = target.Password ?? "";
        using var process = Process.Start(start)!;
        var output = await process.StandardOutput.ReadToEndAsync();
        var errors = await process.StandardError.ReadToEndAsync();
        await process.WaitForExitAsync();
        if (process.ExitCode != 0 || Tps().Match(output) is not { Success: true } tps)
        {
            throw new InvalidOperationException($"pgbench failed ({process.ExitCode}): {errors}{output}");
        }

        var mean = Latency().Match(output);
        return new RawThroughput(double.Parse(tps.Groups[1].Value, CultureInfo.InvariantCulture), double.Parse(mean.Groups[1].Value, CultureInfo.InvariantCulture));
    }

    [GeneratedRegex(@"tps = ([\d.]+)")]
    private static partial Regex Tps();

    [GeneratedRegex(@"latency average = ([\d.]+) ms")]
    private static partial Regex Latency();
}

internal sealed record RawThroughput(double PerSecond, double MeanMilliseconds);
