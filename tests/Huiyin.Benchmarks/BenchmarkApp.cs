using Huiyin.TestKit;
using Microsoft.AspNetCore.Hosting;
using Xunit;

namespace Huiyin.Benchmarks;

/// <summary>
/// The whole host on Kestrel (a real loopback socket), against a throwaway database of the test kit, with the
/// recurring jobs off so that a benchmark drives them on its own clock.
/// </summary>
internal sealed class BenchmarkApp : HuiyinApp
{
    public BenchmarkApp() => UseKestrel(0);

    protected override IReadOnlyDictionary<string, string?> Settings =>
        new Dictionary<string, string?>(base.Settings) { ["Hangfire:Enabled"] = "false", ["Serilog:MinimumLevel:Default"] = "Error" };

    public Task StartAsync() => ((IAsyncLifetime)this).InitializeAsync();

    /// <summary>Stops the host and drops the database.</summary>
    public Task StopAsync() => ((IAsyncLifetime)this).DisposeAsync();

    /// <summary>A benchmark runs from any directory: the host's files are next to this program.</summary>
    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        builder.UseContentRoot(AppContext.BaseDirectory);
    }
}
