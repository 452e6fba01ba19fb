using Hangfire;
using Huiyin.BuildingBlocks.Messaging;
using Huiyin.BuildingBlocks.Modules;
using Huiyin.BuildingBlocks.Outbox;
using Huiyin.BuildingBlocks.Persistence;
using Huiyin.BuildingBlocks.Results;
using Huiyin.Sla.Contracts;
using Huiyin.Sla.Domain.Calendars;
using Huiyin.Sla.Domain.Clocks;
using Huiyin.Sla.Domain.Policies;
using Huiyin.Sla.Features.Calendars;
using Huiyin.Sla.Features.Clocks;
using Huiyin.Sla.Features.Escalations;
using Huiyin.Sla.Features.Extensions;
using Huiyin.Sla.Features.Policies;
using Huiyin.Sla.Jobs;
using Huiyin.Sla.Persistence;
using Huiyin.Sla.Seeding;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace Huiyin.Sla;

/// <summary>Deadlines: policies, business calendars, a clock per item and metric, the sweep and the escalation ladder.</summary>
public sealed class SlaModule : IModule
{
    public string Name => SlaDbContext.SchemaName;

    public void AddServices(IServiceCollection services, IConfiguration configuration)
    {
        services.AddModuleDbContext<SlaDbContext>(SlaDbContext.SchemaName);
        services.AddSingleton(SlaPermissionGrants.All);
        services.AddHandlersFrom(typeof(SlaModule).Assembly);
        services.AddIntegrationEventsFrom(typeof(SlaBreached).Assembly);
        services.AddScoped<WorkingCalendars>();
        services.AddSingleton<PolicyCatalogue>();
        services.AddSingleton<IInMemoryCopy>(provider => provider.GetRequiredService<PolicyCatalogue>());
        services.AddUniqueConstraintError(ClockConfiguration.OneClockPerItemAndMetric,
            Error.Conflict("clock_exists", "This item's clocks were already started; restart a clock instead."));
        services.AddSingleton(SlaOptions.From(configuration));
        services.AddScoped<ClockJournal>();
        services.AddScoped<ClockActions>();
        services.AddScoped<CasePlaces>();
        services.AddScoped<PolicyChooser>();
        services.AddScoped<SlaSweepJob>();
        services.AddScoped<IStartupTask, DefaultPolicies>();
    }

    public void MapEndpoints(IEndpointRouteBuilder api)
    {
        var sla = api.MapGroup("/sla");

        var policies = sla.MapGroup("/policies").WithTags("SLA policies");
        policies.MapListPolicies();
        policies.MapGetPolicy();
        policies.MapCreatePolicy();
        policies.MapUpdatePolicy();
        policies.MapPatchPolicy();
        policies.MapRetirePolicy();
        policies.MapReorderPolicies();
        policies.MapEvaluatePolicy();

        var calendars = sla.MapGroup("/calendars").WithTags("SLA calendars");
        calendars.MapListCalendars();
        calendars.MapGetCalendar();
        calendars.MapCreateCalendar();
        calendars.MapUpdateCalendar();
        calendars.MapPatchCalendar();
        calendars.MapImportCalendarDays();

        var escalations = sla.MapGroup("/escalations").WithTags("SLA escalations");
        escalations.MapListEscalations();
        escalations.MapAcknowledgeEscalation();
        api.MapEscalateTicket();

        sla.MapGroup("/extensions").WithTags("SLA extensions").MapWaitingExtensions();
        api.MapItemExtensions();

        sla.MapGroup("/").WithTags("SLA clocks").MapListItemClocks();
    }

    public void RegisterJobs(IRecurringJobManager jobs) =>
        jobs.AddOrUpdate<SlaSweepJob>(SlaSweepJob.JobId, job => job.RunAsync(CancellationToken.None), SlaSweepJob.EveryTenSeconds);
}
