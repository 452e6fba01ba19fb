using System.Threading.RateLimiting;

namespace Huiyin.Host.Composition;

/// <summary>
/// How many API requests the host works on at once (<c>RateLimiting:ConcurrentApiRequests</c>, by default four per core);
/// the rest wait their turn in arrival order (<c>RateLimiting:QueuedApiRequests</c>, beyond which a request is refused
/// with a 429). More requests in flight than the cores and the database can serve only queue for the CPU, the connection
/// pool and PostgreSQL's locks, where nobody is served in order: throughput falls and the tail grows (docs/benchmarks.md).
/// The real-time hub, the SPA and the health probes are not counted.
/// </summary>
public sealed class ApiConcurrency
{
    private static readonly PathString ApiPath = "/api";

    public ApiConcurrency(IConfiguration configuration)
    {
        var options = new ConcurrencyLimiterOptions
        {
            PermitLimit = configuration.GetValue("RateLimiting:ConcurrentApiRequests", 4 * Environment.ProcessorCount),
            QueueLimit = configuration.GetValue("RateLimiting:QueuedApiRequests", 2000),
            QueueProcessingOrder = QueueProcessingOrder.OldestFirst,
        };
        if (options.PermitLimit < 1 || options.QueueLimit < 0)
        {
            throw new InvalidOperationException("RateLimiting:ConcurrentApiRequests must be at least 1 and RateLimiting:QueuedApiRequests at least 0.");
        }

        Limiter = PartitionedRateLimiter.Create<HttpContext, string>(context =>
            context.Request.Path.StartsWithSegments(ApiPath)
                ? RateLimitPartition.GetConcurrencyLimiter("api", _ => options)
                : RateLimitPartition.GetNoLimiter("other"));
    }

    public PartitionedRateLimiter<HttpContext> Limiter { get; }
}
