using Hangfire;
using Hangfire.AspNetCore;
using Hangfire.PostgreSql;
using Hangfire.PostgreSql.Factories;
using Huiyin.BuildingBlocks.Idempotency;
using Huiyin.BuildingBlocks.Modules;
using Huiyin.BuildingBlocks.Time;

namespace Huiyin.Host.Jobs;

internal static class HangfireSetup
{
    private const string Schema = "hangfire";

    /// <summary>
    /// Hangfire with PostgreSQL storage in schema <c>hangfire</c>. Its schedule is polled every 10 seconds,
    /// matching the deadline sweep; several hosts share the storage and each job runs once.
    /// </summary>
    public static void AddHuiyinJobs(this IServiceCollection services, IConfiguration configuration, string connectionString)
    {
        if (!configuration.GetValue("Hangfire:Enabled", true))
        {
            return;
        }

        // Hangfire keeps its storage and job activator in statics that the last configured host wins; each host
        // registers its own instead, so that two hosts in one process (a replica, a test's) never share them.
        services.AddSingleton<JobStorage>(_ => CreateStorage(connectionString));
        services.AddSingleton<JobActivator>(provider => new AspNetCoreJobActivator(provider.GetRequiredService<IServiceScopeFactory>()));
        services.AddHangfire(hangfire => hangfire
            .SetDataCompatibilityLevel(CompatibilityLevel.Version_180)
            .UseSimpleAssemblyNameTypeSerializer()
            .UseRecommendedSerializerSettings());
        services.AcceptDashboardCookie();
        services.AddHangfireServer(server =>
        {
            server.SchedulePollingInterval = TimeSpan.FromSeconds(10);
            server.WorkerCount = configuration.GetValue("Hangfire:WorkerCount", 5);
        });
    }

    private static PostgreSqlStorage CreateStorage(string connectionString)
    {
        var options = new PostgreSqlStorageOptions { SchemaName = Schema, PrepareSchemaIfNecessary = true, QueuePollInterval = TimeSpan.FromSeconds(5) };
        return new PostgreSqlStorage(new NpgsqlConnectionFactory(connectionString, options), options);
    }

    /// <summary>Registers the platform's and the modules' recurring jobs and serves the dashboard at /hangfire to Admins.</summary>
    public static void UseHuiyinJobs(this WebApplication app, IReadOnlyList<IModule> modules)
    {
        if (!app.Configuration.GetValue("Hangfire:Enabled", true))
        {
            return;
        }

        var jobs = new RecurringJobsOnDeskTime(app.Services.GetRequiredService<IRecurringJobManager>(), app.Services.GetRequiredService<DeskTime>());
        jobs.RegisterIdempotencyJobs();
        foreach (var module in modules)
        {
            module.RegisterJobs(jobs);
        }

        app.UseHangfireDashboard(DashboardCookie.Path, new DashboardOptions
        {
            Authorization = [new AdminDashboardAuthorization()],
            DashboardTitle = "Huiyin 回音 — jobs",
            AppPath = "/",
        });
    }
}
