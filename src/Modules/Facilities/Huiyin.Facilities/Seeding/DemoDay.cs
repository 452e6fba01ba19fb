using Huiyin.BuildingBlocks.Results;
using Huiyin.BuildingBlocks.Time;
using Huiyin.Facilities.Domain;
using Huiyin.Facilities.Domain.Maintenance;
using Huiyin.Facilities.Domain.Outages;
using Huiyin.Facilities.Features.Maintenance;
using Huiyin.Facilities.Features.Outages;
using Huiyin.Facilities.Features.Shared;
using Huiyin.Facilities.Jobs;
using Huiyin.Facilities.Persistence;
using MediatR;
using Microsoft.EntityFrameworkCore;

namespace Huiyin.Facilities.Seeding;

/// <summary>
/// The demo estate at work on the day it is seeded: today's rounds of the vacant units and public areas, a monthly plan for the
/// first lift, and a water cut under way over two floors of 锦江苑 1栋. Each goes through its own command, as the desk would record
/// it, so the outage texts the consenting residents of those floors.
/// </summary>
internal sealed class DemoDay(FacilitiesDbContext db, IMediator mediator, DeskTime desk, TimeProvider clock)
{
    public const string OutageTitle = "二次供水水箱清洗";
    public const string PlanName = "电梯月度维保";
    private static readonly int[] BuildingFloors = [12, 13];

    public async Task AddAsync(CancellationToken cancellationToken)
    {
        Succeeded(await mediator.Send(new GenerateRounds(), cancellationToken));

        var lift = await db.Equipment.AsNoTracking().Where(e => e.Type == EquipmentType.Lift).OrderBy(e => e.Name).FirstAsync(cancellationToken);
        Succeeded(await mediator.Send(
            new CreateMaintenancePlan($"{lift.Name}{PlanName}", Recurrence.Monthly, desk.Today(clock).AddDays(5), RepairCategory.Lift, EquipmentId: lift.Id.Value),
            cancellationToken));

        var building = await db.Buildings.AsNoTracking().Join(db.Sites.Where(s => s.Name == "锦江苑"), b => b.SiteId, s => s.Id, (b, _) => b)
            .OrderBy(b => b.Code).FirstAsync(cancellationToken);
        var now = clock.GetUtcNow();
        Succeeded(await mediator.Send(
            new CreateOutage(OutageKind.WaterCut, OutageTitle, now.AddHours(-1), now.AddHours(5), Floors: BuildingFloors.Select(f => new BuildingFloor(building.Id.Value, f)).ToList()),
            cancellationToken));
    }

    private static void Succeeded(Result result)
    {
        if (result.IsFailure)
        {
            throw new InvalidOperationException($"The demo day could not be seeded: {result.Error}");
        }
    }
}
