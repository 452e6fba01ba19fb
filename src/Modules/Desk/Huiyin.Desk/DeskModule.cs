using Hangfire;
using Huiyin.BuildingBlocks.Messaging;
using Huiyin.BuildingBlocks.Modules;
using Huiyin.BuildingBlocks.Outbox;
using Huiyin.BuildingBlocks.Persistence;
using Huiyin.BuildingBlocks.Results;
using Huiyin.Desk.Contracts;
using Huiyin.Desk.Features.Duty;
using Huiyin.Desk.Features.Emergencies;
using Huiyin.Desk.Features.Handovers;
using Huiyin.Desk.Features.Shared;
using Huiyin.Desk.Persistence;
using Huiyin.Desk.Seeding;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace Huiyin.Desk;

/// <summary>Desk: the duty roster and who is on duty, shift handovers signed by both shifts, and emergencies paged to the people on duty.</summary>
public sealed class DeskModule : IModule
{
    public string Name => DeskDbContext.SchemaName;

    public void AddServices(IServiceCollection services, IConfiguration configuration)
    {
        services.AddModuleDbContext<DeskDbContext>(DeskDbContext.SchemaName);
        services.AddSingleton(DeskPermissionGrants.All);
        services.AddHandlersFrom(typeof(DeskModule).Assembly);
        services.AddIntegrationEventsFrom(typeof(EmergencyPaged).Assembly);
        services.AddUniqueConstraintError(HandoverConfiguration.OneHandoverPerShift,
            Error.Conflict("shift_handed_over", "This shift was handed over already."));

        services.AddScoped<DutyTable>();
        services.AddScoped<HandoverResponses>();
        services.AddScoped<IStartupTask, DemoRoster>();
    }

    public void MapEndpoints(IEndpointRouteBuilder api)
    {
        var duty = api.MapGroup("/duty").WithTags("Duty");
        duty.MapGetOnDuty();
        duty.MapGetRoster();
        duty.MapSetRoster();
        duty.MapListMyPages();

        var handovers = api.MapGroup("/handovers").WithTags("Handovers");
        handovers.MapListHandovers();
        handovers.MapListHandoversToMe();
        handovers.MapRecordHandover();
        handovers.MapAcceptHandover();
    }

    public void RegisterJobs(IRecurringJobManager jobs)
    {
    }
}
