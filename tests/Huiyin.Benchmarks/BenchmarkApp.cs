using Huiyin.TestKit;
using Microsoft.AspNetCore.Hosting;

namespace Huiyin.Benchmarks;

/// <summary>The real host on a throwaway database, with the recurring jobs off so that the benchmark drives them on its own clock.</summary>
internal sealed class BenchmarkApp : HuiyinApp
{
    protected override IReadOnlyDictionary<string, string?> Settings =>
        new Dictionary<string, string?>(base.Settings) { ["Hangfire:Enabled"] = "false" };

    /// <summary>A benchmark runs from any directory: the host's files are next to this program.</summary>
    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        builder.UseContentRoot(AppContext.BaseDirectory);
    }
}
