using Huiyin.TestKit;
using Xunit;

namespace Huiyin.Benchmarks;

/// <summary>The whole host on Kestrel (a real loopback socket), against a throwaway database of the test kit.</summary>
internal sealed class BenchmarkApp : HuiyinApp
{
    public BenchmarkApp() => UseKestrel(0);

    protected override IReadOnlyDictionary<string, string?> Settings =>
        new Dictionary<string, string?>(base.Settings) { ["Hangfire:Enabled"] = "false", ["Serilog:MinimumLevel:Default"] = "Error" };

    public Task StartAsync() => ((IAsyncLifetime)this).InitializeAsync();

    /// <summary>Stops the host and drops the database.</summary>
    public Task StopAsync() => ((IAsyncLifetime)this).DisposeAsync();
}
