using Hangfire;
using Huiyin.BuildingBlocks.Messaging;
using Huiyin.BuildingBlocks.Modules;
using Huiyin.BuildingBlocks.Outbox;
using Huiyin.BuildingBlocks.Persistence;
using Huiyin.Facilities.Contracts;
using Huiyin.Facilities.Domain;
using Huiyin.Facilities.Features.Equipment;
using Huiyin.Facilities.Features.Inspections;
using Huiyin.Facilities.Features.Maintenance;
using Huiyin.Facilities.Features.Occupancy;
using Huiyin.Facilities.Features.Notices;
using Huiyin.Facilities.Features.Outages;
using Huiyin.Facilities.Features.Shared;
using Huiyin.Facilities.Features.Tree;
using Huiyin.Facilities.Jobs;
using Huiyin.Facilities.Persistence;
using Huiyin.Facilities.Seeding;
using Huiyin.BuildingBlocks.Results;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace Huiyin.Facilities;

/// <summary>Facilities: the property's tree (sites, buildings, units, public areas), who owns and lives in each unit, and the equipment.</summary>
public sealed class FacilitiesModule : IModule
{
    public string Name => FacilitiesDbContext.SchemaName;

    public void AddServices(IServiceCollection services, IConfiguration configuration)
    {
        services.AddModuleDbContext<FacilitiesDbContext>(FacilitiesDbContext.SchemaName);
        services.AddSingleton(FacilitiesPermissionGrants.All);
        services.AddHandlersFrom(typeof(FacilitiesModule).Assembly);
        services.AddIntegrationEventsFrom(typeof(CustomerMovedIn).Assembly);
        services.AddScoped<NoticeNumbers>();
        services.AddScoped<NoticeDesk>();
        services.AddScoped<OutageAnnouncement>();
        services.AddScoped<IStartupTask, DefaultChecklists>();
        services.AddScoped<IStartupTask, DemoFacilities>();
        services.AddUniqueConstraintError(SiteConfiguration.OneSitePerName,
            Error.Conflict("site_name_taken", "There is already a site of this name."));
        services.AddUniqueConstraintError(BuildingConfiguration.OneCodePerSite,
            Error.Conflict("building_code_taken", "The site already has a building with this code."));
        services.AddUniqueConstraintError(UnitConfiguration.OneNumberPerBuilding,
            Error.Conflict("unit_number_taken", "The building already has a unit with this number."));
        services.AddUniqueConstraintError(OccupancyConfiguration.OneCurrentHoldingPerRole, Unit.AlreadyMovedIn);
        services.AddUniqueConstraintError(RoundConfiguration.OneRoundPerPlaceAndDay,
            Error.Conflict("round_planned", "Today's rounds were being planned at the same time; the next run adds what is missing."));
    }

    public void MapEndpoints(IEndpointRouteBuilder api)
    {
        var facilities = api.MapGroup("/facilities").WithTags("Facilities");
        facilities.MapListSites();
        facilities.MapGetSite();
        facilities.MapCreateSite();
        facilities.MapListBuildings();
        facilities.MapGetBuilding();
        facilities.MapGetFloorUnits();
        facilities.MapCreateBuilding();
        facilities.MapListAreas();
        facilities.MapCreateArea();
        facilities.MapCreateUnit();
        facilities.MapSearchUnits();
        facilities.MapGetUnit();
        facilities.MapMoveIn();
        facilities.MapMoveOut();
        facilities.MapListEquipment();
        facilities.MapGetEquipment();
        facilities.MapRegisterEquipment();
        facilities.MapChangeEquipmentStatus();
        facilities.MapInspections();
        facilities.MapOutages();
        facilities.MapMaintenance();
        api.MapNotices();
    }

    public void RegisterJobs(IRecurringJobManager jobs)
    {
        jobs.AddOrUpdate<CommandJob<RemindExpiringCertificates>>(RemindExpiringCertificates.JobId, job => job.RunAsync(CancellationToken.None),
            RemindExpiringCertificates.Schedule);
        jobs.AddOrUpdate<CommandJob<GenerateRounds>>(GenerateRounds.JobId, job => job.RunAsync(CancellationToken.None), GenerateRounds.Schedule);
        jobs.AddOrUpdate<CommandJob<OpenMaintenanceWorkOrders>>(OpenMaintenanceWorkOrders.JobId, job => job.RunAsync(CancellationToken.None),
            OpenMaintenanceWorkOrders.Schedule);
    }
}
