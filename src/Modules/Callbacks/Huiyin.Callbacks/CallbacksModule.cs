using Hangfire;
using Huiyin.BuildingBlocks.Messaging;
using Huiyin.BuildingBlocks.Modules;
using Huiyin.BuildingBlocks.Outbox;
using Huiyin.BuildingBlocks.Persistence;
using Huiyin.Callbacks.Contracts;
using Huiyin.Callbacks.Domain;
using Huiyin.Callbacks.Features;
using Huiyin.Callbacks.Features.AnnualPlan;
using Huiyin.Callbacks.Features.Attempts;
using Huiyin.Callbacks.Features.Shared;
using Huiyin.Callbacks.Jobs;
using Huiyin.Callbacks.Persistence;
using Huiyin.Callbacks.Seeding;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace Huiyin.Callbacks;

/// <summary>Callbacks: every resolved case called back on time, on the Sla module's clocks, and what the customer says changes the case.</summary>
public sealed class CallbacksModule : IModule
{
    public string Name => CallbacksDbContext.SchemaName;

    public void AddServices(IServiceCollection services, IConfiguration configuration)
    {
        services.AddModuleDbContext<CallbacksDbContext>(CallbacksDbContext.SchemaName);
        services.AddSingleton(CallbacksPermissionGrants.All);
        services.AddSingleton(CallbackOptions.From(configuration));
        services.AddHandlersFrom(typeof(CallbacksModule).Assembly);
        services.AddIntegrationEventsFrom(typeof(CallbackScheduled).Assembly);

        services.AddSingleton<CallHours>();
        services.AddScoped<CallbackScheduler>();
        services.AddScoped<WorkingDays>();
        services.AddScoped<CallScripts>();
        services.AddScoped<AnswerConsequences>();
        services.AddScoped<AnnualCallbacks>();
        services.AddScoped<IStartupTask, DemoCallbacks>();
    }

    public void MapEndpoints(IEndpointRouteBuilder api)
    {
        var callbacks = api.MapGroup("/callbacks").WithTags("Callbacks");
        callbacks.MapListCallbacks();
        callbacks.MapGetCallbackStats();
        callbacks.MapGetCallback();
        callbacks.MapRequestCallback();
        callbacks.MapRecordAttempt();
        callbacks.MapPlanAnnualCallbacks();
    }

    public void RegisterJobs(IRecurringJobManager jobs) =>
        jobs.AddOrUpdate<AnnualPlanJob>(AnnualPlanJob.JobId, job => job.RunAsync(CancellationToken.None), AnnualPlanJob.Schedule);
}
