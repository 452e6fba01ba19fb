using Hangfire;
using Huiyin.BuildingBlocks.Messaging;
using Huiyin.BuildingBlocks.Modules;
using Huiyin.BuildingBlocks.Outbox;
using Huiyin.BuildingBlocks.Persistence;
using Huiyin.Customers.Contracts;
using Huiyin.Customers.Features;
using Huiyin.Customers.Features.Exports;
using Huiyin.Customers.Features.Grading;
using Huiyin.Customers.Features.Shared;
using Huiyin.Customers.Jobs;
using Huiyin.Customers.Persistence;
using Huiyin.Customers.Protection;
using Huiyin.Customers.Seeding;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;

namespace Huiyin.Customers;

/// <summary>Customers: one file per customer, protected personal data, duplicate checks, documents, exports and tier grading.</summary>
public sealed class CustomersModule : IModule
{
    public string Name => CustomersDbContext.SchemaName;

    public void AddServices(IServiceCollection services, IConfiguration configuration)
    {
        services.AddModuleDbContext<CustomersDbContext>(CustomersDbContext.SchemaName);
        services.AddSingleton(CustomersPermissionGrants.All);
        services.AddHandlersFrom(typeof(CustomersModule).Assembly);
        services.AddIntegrationEventsFrom(typeof(CustomerRegistered).Assembly);

        services.AddSingleton(provider => new SensitiveData(
            EncryptionKeyRing.FromConfiguration(configuration, provider.GetRequiredService<IHostEnvironment>().IsDevelopment())));
        services.AddScoped<CustomerRegistry>();
        services.AddScoped<GradingProposer>();
        services.AddScoped<GradingRunResponses>();
        services.AddScoped<IStartupTask, EncryptionKeyCheck>();
        services.AddScoped<IStartupTask, DemoCustomers>();
    }

    public void MapEndpoints(IEndpointRouteBuilder api)
    {
        var customers = api.MapGroup("/customers").WithTags("Customers");
        customers.MapListCustomers();
        customers.MapGetCustomer();
        customers.MapCreateCustomer();
        customers.MapUpdateCustomer();
        customers.MapPatchCustomer();
        customers.MapSetCustomerArchived();
        customers.MapGetCustomerHistory();
        customers.MapRevealSensitive();
        customers.MapListSensitiveAccess();
        customers.MapGetEncryptionStatus();
        customers.MapAttachDocument();
        customers.MapDocuments();
        customers.MapScoreCustomer();

        var runs = api.MapGroup("/customers/grading-runs").WithTags("Customer grading");
        runs.MapGradingRuns();
        runs.MapStartGradingRun();
        runs.MapApproveGradingRun();

        var exports = api.MapGroup("/customers/exports").WithTags("Customer exports");
        exports.MapRequestExport();
        exports.MapExportApprovals();
        exports.MapDownloadExport();
    }

    public void RegisterJobs(IRecurringJobManager jobs)
    {
        jobs.AddOrUpdate<CommandJob<ScheduledGrading>>(ScheduledGrading.JobId, job => job.RunAsync(CancellationToken.None), ScheduledGrading.Schedule);
        jobs.AddOrUpdate<ReencryptSensitiveData>(ReencryptSensitiveData.JobId, job => job.RunAsync(CancellationToken.None), ReencryptSensitiveData.Schedule);
    }
}
