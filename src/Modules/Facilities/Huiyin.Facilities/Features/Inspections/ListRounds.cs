using Huiyin.BuildingBlocks.Messaging;
using Huiyin.BuildingBlocks.Time;
using Huiyin.Facilities.Contracts;
using Huiyin.Facilities.Domain;
using Huiyin.Facilities.Features.Shared;
using Huiyin.Facilities.Persistence;
using MediatR;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.EntityFrameworkCore;

namespace Huiyin.Facilities.Features.Inspections;

/// <summary>A day's rounds (today at the desk unless <c>date</c>), of a team or an assignee, without their items.</summary>
internal sealed record ListRounds(DateOnly? Date, Guid? TeamId, Guid? AssigneeId) : IQuery<IReadOnlyList<RoundSummary>>;

internal sealed record RoundSummary(
    Guid Id, DateOnly Date, string Checklist, RoundPlaceResponse Place, Guid? TeamId, Guid? AssigneeId, RoundStatus Status, int Items, int Recorded, int Failed)
{
    public static RoundSummary From(Round r)
    {
        var full = RoundResponse.From(r);
        return new(full.Id, full.Date, full.Checklist, full.Place, full.TeamId, full.AssigneeId, full.Status, full.Items.Count, full.Recorded, full.Failed);
    }
}

internal sealed class ListRoundsHandler(FacilitiesDbContext db, DeskTime desk, TimeProvider clock) : IRequestHandler<ListRounds, IReadOnlyList<RoundSummary>>
{
    public async Task<IReadOnlyList<RoundSummary>> Handle(ListRounds request, CancellationToken cancellationToken)
    {
        var date = request.Date ?? desk.Today(clock);
        var rounds = db.Rounds.AsNoTracking().Where(r => r.Date == date);
        if (request.TeamId is { } team)
        {
            rounds = rounds.Where(r => r.TeamId == team);
        }

        if (request.AssigneeId is { } assignee)
        {
            rounds = rounds.Where(r => r.AssigneeId == assignee);
        }

        var found = await rounds.ToListAsync(cancellationToken);
        return found.OrderBy(r => r.ChecklistName).ThenBy(r => r.Place.Label).Select(RoundSummary.From).ToList();
    }
}

internal static class ListRoundsEndpoint
{
    public static void MapListRounds(this IEndpointRouteBuilder facilities) =>
        facilities.MapGet("/rounds", async (DateOnly? date, Guid? teamId, Guid? assigneeId, IMediator mediator, CancellationToken cancellationToken) =>
                TypedResults.Ok(await mediator.Send(new ListRounds(date, teamId, assigneeId), cancellationToken)))
            .RequireAuthorization(FacilitiesPermissions.Read)
            .WithName("ListRounds")
            .WithSummary("The day's inspection rounds (today unless date), by team or assignee")
            .Produces<IReadOnlyList<RoundSummary>>();
}
