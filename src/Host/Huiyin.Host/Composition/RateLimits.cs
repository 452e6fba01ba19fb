using System.Threading.RateLimiting;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.RateLimiting;

namespace Huiyin.Host.Composition;

internal static class RateLimits
{
    private const string ApiKeyHeader = "X-Api-Key";
    private const int ApiKeyPartitionLength = 10;

    /// <summary>
    /// Requests with an API key are limited per key (<c>RateLimiting:ApiKeyPermitsPerMinute</c>), and API requests in flight
    /// at once are limited for everyone (<see cref="ApiConcurrency"/>); modules add named policies of their own (sign-in).
    /// A rejection is a 429 problem with Retry-After.
    /// </summary>
    public static void AddHuiyinRateLimits(this IServiceCollection services, IConfiguration configuration)
    {
        var apiKeyPermits = configuration.GetValue("RateLimiting:ApiKeyPermitsPerMinute", 600);
        var concurrency = new ApiConcurrency(configuration);
        services.AddSingleton(concurrency);
        services.AddRateLimiter(options =>
        {
            options.GlobalLimiter = PartitionedRateLimiter.CreateChained(
                PartitionedRateLimiter.Create<HttpContext, string>(context =>
                {
                    var key = context.Request.Headers[ApiKeyHeader].ToString();
                    return key.Length == 0
                        ? RateLimitPartition.GetNoLimiter("staff")
                        : RateLimitPartition.GetFixedWindowLimiter(
                            key[..Math.Min(key.Length, ApiKeyPartitionLength)],
                            _ => new FixedWindowRateLimiterOptions { PermitLimit = apiKeyPermits, Window = TimeSpan.FromMinutes(1) });
                }),
                concurrency.Limiter);
            options.OnRejected = WriteTooManyRequestsAsync;
        });
    }

    private static async ValueTask WriteTooManyRequestsAsync(OnRejectedContext rejected, CancellationToken cancellationToken)
    {
        var context = rejected.HttpContext;
        context.Response.StatusCode = StatusCodes.Status429TooManyRequests;
        if (rejected.Lease.TryGetMetadata(MetadataName.RetryAfter, out var retryAfter))
        {
            context.Response.Headers.RetryAfter = ((int)retryAfter.TotalSeconds).ToString(System.Globalization.CultureInfo.InvariantCulture);
        }

        await context.RequestServices.GetRequiredService<IProblemDetailsService>().WriteAsync(new ProblemDetailsContext
        {
            HttpContext = context,
            ProblemDetails = new ProblemDetails
            {
                Status = StatusCodes.Status429TooManyRequests,
                Title = "Too many requests.",
                Detail = "Wait a moment before trying again.",
            },
        });
    }
}
