using Huiyin.BuildingBlocks.Messaging;
using Huiyin.BuildingBlocks.Results;
using Huiyin.BuildingBlocks.Time;
using Huiyin.Facilities.Domain;
using Huiyin.Facilities.Persistence;
using MediatR;
using Microsoft.EntityFrameworkCore;

namespace Huiyin.Facilities.Jobs;

/// <summary>
/// Job <c>facilities:rounds</c>, early each morning and again during the day: today's round for every vacant unit and public area
/// that a daily checklist covers and that has none yet (每日均须巡视), for the checklist's team. Running it again adds only
/// what is missing: a unit that fell vacant since, an area added since.
/// </summary>
internal sealed record GenerateRounds : ICommand<Result>
{
    public const string JobId = "facilities:rounds";
    public const string Schedule = "0 0,6,12 * * *";
}

internal sealed class GenerateRoundsHandler(FacilitiesDbContext db, DeskTime desk, TimeProvider clock) : IRequestHandler<GenerateRounds, Result>
{
    public async Task<Result> Handle(GenerateRounds request, CancellationToken cancellationToken)
    {
        var today = desk.Today(clock);
        var checklists = await db.Checklists.AsNoTracking().Where(c => c.Target != ChecklistTarget.None).ToListAsync(cancellationToken);
        foreach (var checklist in checklists)
        {
            var planned = await db.Rounds.AsNoTracking().Where(r => r.Date == today && r.ChecklistId == checklist.Id)
                .Select(r => r.TargetKey).ToListAsync(cancellationToken);
            var places = await PlacesAsync(checklist.Target, cancellationToken);
            db.Rounds.AddRange(places.Where(place => !planned.Contains(place.Key)).Select(place => Round.Plan(today, checklist, place)));
        }

        await db.SaveChangesAsync(cancellationToken);
        return Result.Success();
    }

    private async Task<List<RoundPlace>> PlacesAsync(ChecklistTarget target, CancellationToken cancellationToken) => target == ChecklistTarget.VacantUnits
        ? await db.Units.AsNoTracking().Where(u => u.Vacant)
            .Select(u => new RoundPlace(u.SiteId, u.BuildingId, u.Id, null, u.Label)).ToListAsync(cancellationToken)
        : await db.Areas.AsNoTracking().Join(db.Sites, a => a.SiteId, s => s.Id, (a, s) => new { a, s.Name })
            .Select(x => new RoundPlace(x.a.SiteId, x.a.BuildingId, null, x.a.Id, x.Name + " " + x.a.Name)).ToListAsync(cancellationToken);
}
