using Hangfire;
using Huiyin.BuildingBlocks.Persistence;
using Microsoft.AspNetCore.Builder;
using Microsoft.Extensions.DependencyInjection;

namespace Huiyin.BuildingBlocks.Idempotency;

public static class IdempotencyRegistration
{
    /// <summary>The keys' table (schema <c>platform</c>, migrated at start-up with the modules') and their store.</summary>
    public static IServiceCollection AddIdempotentCreates(this IServiceCollection services)
    {
        services.AddPlatformDbContext<IdempotencyDbContext>(IdempotencyDbContext.SchemaName);
        services.AddScoped<IdempotencyKeyStore>();
        services.AddScoped<IdempotencyKeyPurge>();
        return services;
    }

    /// <summary>After authentication (keys are the caller's) and before the endpoints.</summary>
    public static IApplicationBuilder UseIdempotentCreates(this IApplicationBuilder app) => app.UseMiddleware<IdempotencyMiddleware>();

    public static void RegisterIdempotencyJobs(this IRecurringJobManager jobs) =>
        jobs.AddOrUpdate<IdempotencyKeyPurge>(IdempotencyKeyPurge.JobId, job => job.RunAsync(CancellationToken.None), IdempotencyKeyPurge.Schedule);
}
