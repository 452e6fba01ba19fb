using Huiyin.BuildingBlocks.Messaging;
using Huiyin.Desk.Contracts;
using Huiyin.Desk.Features.Shared;
using Huiyin.Organization.Contracts;
using MediatR;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace Huiyin.Desk.Features.Duty;

/// <summary>Who is on duty at an instant (now when not given), per team and shift, with their names and roles.</summary>
internal sealed record GetOnDuty(DateTimeOffset? At, Guid? TeamId) : IQuery<IReadOnlyList<OnDutyResponse>>;

internal sealed record OnDutyResponse(Guid TeamId, string Shift, DateOnly Date, DateTimeOffset From, DateTimeOffset To, IReadOnlyList<RosterPerson> People);

internal sealed class GetOnDutyHandler(IMediator mediator, TimeProvider clock) : IRequestHandler<GetOnDuty, IReadOnlyList<OnDutyResponse>>
{
    public async Task<IReadOnlyList<OnDutyResponse>> Handle(GetOnDuty request, CancellationToken cancellationToken)
    {
        var onDuty = await mediator.Send(new WhoIsOnDuty(request.At ?? clock.GetUtcNow(), request.TeamId), cancellationToken);
        var staffIds = onDuty.SelectMany(d => d.StaffIds).Distinct().ToList();
        var people = staffIds.Count == 0
            ? new Dictionary<Guid, StaffCard>()
            : (await mediator.Send(new GetStaffCards(StaffIds: staffIds), cancellationToken)).ToDictionary(card => card.Id);
        return onDuty.Select(d => new OnDutyResponse(d.TeamId, d.Shift, d.Date, d.From, d.To,
                d.StaffIds.Where(people.ContainsKey).Select(id => new RosterPerson(id, people[id].DisplayName, people[id].Roles)).ToList()))
            .OrderBy(d => d.TeamId).ThenBy(d => d.From).ToList();
    }
}

internal static class GetOnDutyEndpoint
{
    public static void MapGetOnDuty(this IEndpointRouteBuilder duty) =>
        duty.MapGet("/", async (DateTimeOffset? at, Guid? teamId, IMediator mediator, CancellationToken cancellationToken) =>
                TypedResults.Ok(await mediator.Send(new GetOnDuty(at, teamId), cancellationToken)))
            .RequireAuthorization(DeskPermissions.Read)
            .WithName("GetOnDuty")
            .WithSummary("Who is on duty at an instant, per team and shift")
            .WithDescription("`at` defaults to now. A night shift that began the day before counts; a shift that does not run on a holiday of its team's business calendar does not.")
            .Produces<IReadOnlyList<OnDutyResponse>>();
}
