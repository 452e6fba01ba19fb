using Huiyin.BuildingBlocks.Http;
using Huiyin.BuildingBlocks.Messaging;
using Huiyin.BuildingBlocks.Paging;
using Huiyin.BuildingBlocks.Results;
using Huiyin.Tickets.Contracts;
using Huiyin.Tickets.Domain;
using Huiyin.Tickets.Features.Shared;
using Huiyin.Tickets.Persistence;
using MediatR;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.EntityFrameworkCore;

namespace Huiyin.Tickets.Features.Dispatch;

/// <summary>
/// Who to dispatch a ticket to, best first: technicians skilled in its category, then those of its team (the
/// dispatcher's own team while the ticket has none), then the least loaded; each with the reasons.
/// </summary>
internal sealed record SuggestAssignees(Guid TicketId) : IQuery<Result<ItemsResponse<AssigneeSuggestion>>>;

internal sealed record AssigneeSuggestion(int Rank, TechnicianLoad Technician, bool SkillMatch, bool SameTeam, bool AlreadyAssigned, IReadOnlyList<SuggestionReason> Reasons);

internal sealed class SuggestAssigneesHandler(TicketsDbContext db, TechnicianLoads loads, CallerTeam callerTeam)
    : IRequestHandler<SuggestAssignees, Result<ItemsResponse<AssigneeSuggestion>>>
{
    public async Task<Result<ItemsResponse<AssigneeSuggestion>>> Handle(SuggestAssignees request, CancellationToken cancellationToken)
    {
        var ticket = await db.Tickets.AsNoTracking().SingleOrDefaultAsync(t => t.Id == new TicketId(request.TicketId), cancellationToken);
        if (ticket is null)
        {
            return Error.NotFound("Ticket", request.TicketId);
        }

        var teamId = ticket.TeamId ?? await callerTeam.GetAsync(cancellationToken);
        var skill = ticket.Category.ToString().ToLowerInvariant();
        var ranked = (await loads.AllAsync(cancellationToken))
            .Select(t => (Technician: t, Skilled: t.Skills.Contains(skill), SameTeam: teamId is not null && t.TeamId == teamId))
            .OrderByDescending(c => c.Skilled)
            .ThenByDescending(c => c.SameTeam)
            .ThenBy(c => c.Technician.OpenJobs)
            .ThenBy(c => c.Technician.ServiceNumber, StringComparer.Ordinal)
            .Select((c, index) => new AssigneeSuggestion(index + 1, c.Technician, c.Skilled, c.SameTeam, ticket.IsCrewMember(c.Technician.Id),
                Reasons(c.Technician, ticket.Category, c.Skilled, c.SameTeam, ticket.IsCrewMember(c.Technician.Id))))
            .ToList();
        return new ItemsResponse<AssigneeSuggestion>(ranked);
    }

    private static List<SuggestionReason> Reasons(TechnicianLoad technician, TicketCategory category, bool skilled, bool sameTeam, bool alreadyAssigned)
    {
        List<SuggestionReason> reasons = [SuggestionReason.Skill(category, skilled)];
        if (sameTeam)
        {
            reasons.Add(SuggestionReason.SameTeam(technician.TeamName));
        }

        reasons.Add(SuggestionReason.OpenJobs(technician.OpenJobs));
        if (alreadyAssigned)
        {
            reasons.Add(SuggestionReason.AlreadyAssigned);
        }

        return reasons;
    }
}

internal static class SuggestAssigneesEndpoint
{
    public static void MapSuggestAssignees(this IEndpointRouteBuilder tickets) =>
        tickets.MapGet("/{id:guid}/assignment-suggestions", async (Guid id, IMediator mediator, CancellationToken cancellationToken) =>
                (await mediator.Send(new SuggestAssignees(id), cancellationToken)).ToHttp(TypedResults.Ok))
            .RequireAuthorization(TicketsPermissions.Dispatch)
            .WithName("SuggestTicketAssignees")
            .WithSummary("Technicians to dispatch a ticket to, ranked by skill for its category, team and current load, with the reasons")
            .WithDescription("Each reason is a `code` with the values a client words it with: `category` (Skilled, NotSkilled), `team` (SameTeam), `count` (OpenJobs).")
            .Produces<ItemsResponse<AssigneeSuggestion>>()
            .ProducesProblem(StatusCodes.Status404NotFound);
}
