using Huiyin.BuildingBlocks.Messaging;
using Huiyin.Desk.Contracts;
using Huiyin.Desk.Persistence;
using MediatR;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.EntityFrameworkCore;

namespace Huiyin.Desk.Features.Handovers;

/// <summary>Handovers, newest first (at most 200): the unsigned ones for the Supervisor when <paramref name="Signed"/> is false, of one team when given.</summary>
internal sealed record ListHandovers(bool? Signed, Guid? TeamId) : IQuery<IReadOnlyList<HandoverResponse>>;

internal sealed class ListHandoversHandler(DeskDbContext db, HandoverResponses responses) : IRequestHandler<ListHandovers, IReadOnlyList<HandoverResponse>>
{
    private const int Most = 200;

    public async Task<IReadOnlyList<HandoverResponse>> Handle(ListHandovers request, CancellationToken cancellationToken)
    {
        var handovers = await db.Handovers.AsNoTracking()
            .Where(h => request.Signed == null || (h.AcceptedAt != null) == request.Signed)
            .Where(h => request.TeamId == null || h.TeamId == request.TeamId)
            .OrderByDescending(h => h.HandedOverAt).Take(Most).ToListAsync(cancellationToken);
        return await responses.OfAsync(handovers, cancellationToken);
    }
}

internal static class ListHandoversEndpoint
{
    public static void MapListHandovers(this IEndpointRouteBuilder handovers) =>
        handovers.MapGet("/", async (bool? signed, Guid? teamId, IMediator mediator, CancellationToken cancellationToken) =>
                TypedResults.Ok(await mediator.Send(new ListHandovers(signed, teamId), cancellationToken)))
            .RequireAuthorization(DeskPermissions.Supervise)
            .WithName("ListHandovers")
            .WithSummary("Shift handovers, newest first; signed=false lists those the next shift has not signed")
            .Produces<IReadOnlyList<HandoverResponse>>();
}
