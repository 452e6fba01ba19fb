using Hangfire;
using Huiyin.BuildingBlocks.Messaging;
using Huiyin.BuildingBlocks.Modules;
using Huiyin.BuildingBlocks.Outbox;
using Huiyin.BuildingBlocks.Persistence;
using Huiyin.Complaints.Contracts;
using Huiyin.Complaints.Features;
using Huiyin.Complaints.Features.Contacts;
using Huiyin.Complaints.Features.Evidence;
using Huiyin.Complaints.Features.Shared;
using Huiyin.Complaints.Features.Steps;
using Huiyin.Complaints.Jobs;
using Huiyin.Complaints.Persistence;
using Huiyin.Complaints.Seeding;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace Huiyin.Complaints;

/// <summary>Complaints: intake from every channel, severity by rule and its owner, the handling steps, on the Sla module's clocks.</summary>
public sealed class ComplaintsModule : IModule
{
    public string Name => ComplaintsDbContext.SchemaName;

    public void AddServices(IServiceCollection services, IConfiguration configuration)
    {
        services.AddModuleDbContext<ComplaintsDbContext>(ComplaintsDbContext.SchemaName);
        services.AddSingleton(ComplaintsPermissionGrants.All);
        services.AddHandlersFrom(typeof(ComplaintsModule).Assembly);
        services.AddIntegrationEventsFrom(typeof(ComplaintRegistered).Assembly);

        services.AddScoped<ComplaintNumbers>();
        services.AddScoped<ComplaintResponses>();
        services.AddScoped<ComplaintSteps>();
        services.AddScoped<SeverityRaises>();
        services.AddScoped<ComplaintClocks>();
        services.AddScoped<ComplaintReceipt>();
        services.AddScoped<ComplaintJournal>();
        services.AddScoped<ApologySms>();
        services.AddScoped<IStartupTask, DemoComplaints>();
        services.AddScoped<IStartupTask, MirrorEarlierComplaintsClocks>();
    }

    public void MapEndpoints(IEndpointRouteBuilder api)
    {
        var complaints = api.MapGroup("/complaints").WithTags("Complaints");
        complaints.MapListComplaints();
        complaints.MapGetComplaint();
        complaints.MapRegisterComplaint();
        complaints.MapRaiseSeverity();
        complaints.MapHandOffComplaint();
        complaints.MapComplaintSteps();
        complaints.MapAddEvidence();
        complaints.MapReadEvidence();
        complaints.MapLogComplaintContact();
        complaints.MapGetComplaintTimeline();
    }

    public void RegisterJobs(IRecurringJobManager jobs)
    {
        jobs.RemoveIfExists(ApplyOneMonthRule.RetiredJobId);
        jobs.AddOrUpdate<CommandJob<ApplyOneMonthRule>>(ApplyOneMonthRule.JobId, job => job.RunAsync(CancellationToken.None), ApplyOneMonthRule.Schedule);
    }
}
