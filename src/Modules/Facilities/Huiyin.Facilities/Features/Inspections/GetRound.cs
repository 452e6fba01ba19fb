using Huiyin.BuildingBlocks.Http;
using Huiyin.BuildingBlocks.Messaging;
using Huiyin.BuildingBlocks.Results;
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

/// <summary>A round with every item's result, reading, photos and the tickets it opened: the round's report.</summary>
internal sealed record GetRound(Guid RoundId) : IQuery<Result<RoundResponse>>;

internal sealed class GetRoundHandler(FacilitiesDbContext db) : IRequestHandler<GetRound, Result<RoundResponse>>
{
    public async Task<Result<RoundResponse>> Handle(GetRound request, CancellationToken cancellationToken) =>
        await db.Rounds.AsNoTracking().SingleOrDefaultAsync(r => r.Id == new RoundId(request.RoundId), cancellationToken) is { } round
            ? RoundResponse.From(round)
            : Error.NotFound("Round", request.RoundId);
}

internal static class GetRoundEndpoint
{
    public static void MapGetRound(this IEndpointRouteBuilder facilities) =>
        facilities.MapGet("/rounds/{id:guid}", async (Guid id, IMediator mediator, CancellationToken cancellationToken) =>
                (await mediator.Send(new GetRound(id), cancellationToken)).ToHttp(TypedResults.Ok))
            .RequireAuthorization(FacilitiesPermissions.Read)
            .WithName("GetRound")
            .WithSummary("A round and what was found at each item: results, readings, photos, tickets opened")
            .Produces<RoundResponse>()
            .ProducesProblem(StatusCodes.Status404NotFound);
}
