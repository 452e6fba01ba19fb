using Huiyin.BuildingBlocks.Auditing;
using Huiyin.BuildingBlocks.Idempotency;
using Huiyin.BuildingBlocks.Messaging;
using Huiyin.BuildingBlocks.Modules;
using Huiyin.BuildingBlocks.Outbox;
using Huiyin.BuildingBlocks.Persistence;
using Huiyin.BuildingBlocks.Security;
using Huiyin.BuildingBlocks.Time;
using Huiyin.Host.Errors;
using Huiyin.Host.Health;
using Huiyin.Host.Jobs;
using Huiyin.Host.Logging;
using Huiyin.Host.OpenApi;
using Huiyin.Host.Security;
using Microsoft.AspNetCore.Authorization;

namespace Huiyin.Host.Composition;

internal static class HuiyinServices
{
    /// <summary>Everything the host composes: logging, the shared kernel, the modules, HTTP concerns and jobs.</summary>
    public static void AddHuiyin(this WebApplicationBuilder builder, IReadOnlyList<IModule> modules)
    {
        var configuration = builder.Configuration;
        var services = builder.Services;
        var connectionString = configuration.GetConnectionString("Huiyin");
        if (string.IsNullOrWhiteSpace(connectionString))
        {
            throw new InvalidOperationException("Set the database connection string ConnectionStrings:Huiyin (environment variable ConnectionStrings__Huiyin).");
        }

        builder.AddHuiyinLogging();
        builder.AddBrowserHardening();
        services.AddSingleton(TimeProvider.System);
        services.AddSingleton(DeskTime.FromConfiguration(configuration));
        services.AddHuiyinDatabase(connectionString);
        services.Configure<DatabaseRetryOptions>(configuration.GetSection(DatabaseRetryOptions.Section));
        services.AddMessagingCore();
        services.AddOutbox(configuration);
        services.AddCurrentUser();
        services.AddIdempotentCreates();
        services.AddAuditTrail();
        foreach (var module in modules)
        {
            module.AddServices(services, configuration);
        }

        services.ConfigureHttpJsonOptions(options => options.SerializerOptions.Converters.Add(new EnumNameConverter()));
        services.Configure<RouteHandlerOptions>(options => options.ThrowOnBadRequest = true);
        services.AddCallerLanguage(modules);
        services.AddHuiyinProblemDetails();
        services.AddSingleton<IAuthorizationMiddlewareResultHandler, ProblemAuthorizationResultHandler>();
        services.AddAuthorization();
        services.AddHuiyinRateLimits(configuration);
        services.AddHuiyinOpenApi();
        services.AddHealthChecks().AddCheck<DatabaseHealthCheck>("database", tags: [DatabaseHealthCheck.ReadyTag]);
        services.AddHuiyinJobs(configuration, connectionString);
    }
}
