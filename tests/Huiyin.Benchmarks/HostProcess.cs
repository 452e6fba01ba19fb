using System.Diagnostics;
using System.Globalization;
using System.Text.RegularExpressions;

namespace Huiyin.Benchmarks;

/// <summary>The process that listens on a host's port on this machine, and its resident memory (Linux).</summary>
internal static partial class HostProcess
{
    public static int? Find(Uri host)
    {
        using var ss = Process.Start(new ProcessStartInfo("ss", ["-Hltnp", $"sport = :{host.Port}"]) { RedirectStandardOutput = true })!;
        var listing = ss.StandardOutput.ReadToEnd();
        ss.WaitForExit();
        var match = Pid().Match(listing);
        return match.Success ? int.Parse(match.Groups[1].Value, CultureInfo.InvariantCulture) : null;
    }

    /// <summary>The process's resident memory in MB, or NaN when it is not on this machine.</summary>
    public static double ResidentMegabytes(int? pid) => pid is null ? double.NaN : Process.GetProcessById(pid.Value).WorkingSet64 / (1024.0 * 1024);

    [GeneratedRegex(@"pid=(\d+)")]
    private static partial Regex Pid();
}
