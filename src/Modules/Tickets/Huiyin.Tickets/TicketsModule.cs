using Hangfire;
using Huiyin.BuildingBlocks.Messaging;
using Huiyin.BuildingBlocks.Modules;
using Huiyin.BuildingBlocks.Outbox;
using Huiyin.BuildingBlocks.Persistence;
using Huiyin.BuildingBlocks.Results;
using Huiyin.Tickets.Contracts;
using Huiyin.Tickets.Features;
using Huiyin.Tickets.Features.Dispatch;
using Huiyin.Tickets.Features.FieldWork;
using Huiyin.Tickets.Features.Reviews;
using Huiyin.Tickets.Features.Shared;
using Huiyin.Tickets.Jobs;
using Huiyin.Tickets.Persistence;
using Huiyin.Tickets.Seeding;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace Huiyin.Tickets;

/// <summary>Tickets: intake, first contact, dispatch, field work, follow-up and reviews, on the Sla module's clocks.</summary>
public sealed class TicketsModule : IModule
{
    public string Name => TicketsDbContext.SchemaName;

    public void AddServices(IServiceCollection services, IConfiguration configuration)
    {
        services.AddModuleDbContext<TicketsDbContext>(TicketsDbContext.SchemaName);
        services.AddSingleton(TicketsPermissionGrants.All);
        services.AddHandlersFrom(typeof(TicketsModule).Assembly);
        services.AddIntegrationEventsFrom(typeof(TicketCreated).Assembly);

        services.AddSingleton<TicketNumbers>();
        services.AddScoped<TicketActors>();
        services.AddScoped<TicketJournal>();
        services.AddScoped<TicketSites>();
        services.AddScoped<TicketOpening>();
        services.AddUniqueConstraintError(TicketConfiguration.OneTicketPerOrigin,
            Error.Conflict("origin_taken", "A ticket was opened from this origin a moment ago; fetch it again."));
        services.AddScoped<TicketClocks>();
        services.AddScoped<TicketLoader>();
        services.AddScoped<TicketWork>();
        services.AddScoped<ApologySms>();
        services.AddScoped<ReportReceipt>();
        services.AddScoped<IStartupTask, DemoTickets>();
        services.AddScoped<CallerTeam>();
        services.AddScoped<CrewAccess>();
        services.AddScoped<TechnicianLoads>();
        services.AddScoped<ReviewTally>();
    }

    public void MapEndpoints(IEndpointRouteBuilder api)
    {
        var tickets = api.MapGroup("/tickets").WithTags("Tickets");
        tickets.MapListTickets();
        tickets.MapGetTicket();
        tickets.MapCreateTicket();
        tickets.MapUpdateTicket();
        tickets.MapLogContact();
        tickets.MapAssignTicket();
        tickets.MapHandOffTicket();
        tickets.MapChangeTicketStatus();
        tickets.MapGetTimeline();
        tickets.MapDispatch();
        tickets.MapReviews();
        api.MapFieldWork();
    }

    public void RegisterJobs(IRecurringJobManager jobs) =>
        jobs.AddOrUpdate<CommandJob<FollowUpReminders>>(FollowUpReminders.JobId, job => job.RunAsync(CancellationToken.None), FollowUpReminders.Schedule);
}
