using Huiyin.BuildingBlocks.Http;
using Huiyin.BuildingBlocks.Messaging;
using Huiyin.BuildingBlocks.Results;
using Huiyin.BuildingBlocks.Security;
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

/// <summary>Closes a round whose every item has a result; from then on it is the day's record.</summary>
internal sealed record CompleteRound(Guid RoundId) : ICommand<Result<RoundResponse>>, IRetriedOnOutdatedCopy;

internal sealed class CompleteRoundHandler(FacilitiesDbContext db, ICurrentUser user, TimeProvider clock) : IRequestHandler<CompleteRound, Result<RoundResponse>>
{
    public async Task<Result<RoundResponse>> Handle(CompleteRound request, CancellationToken cancellationToken)
    {
        var round = await db.Rounds.SingleOrDefaultAsync(r => r.Id == new RoundId(request.RoundId), cancellationToken);
        if (round is null)
        {
            return Error.NotFound("Round", request.RoundId);
        }

        if (round.Complete(clock.GetUtcNow(), user.Actor) is { IsFailure: true } refused)
        {
            return refused.Error;
        }

        await db.SaveChangesAsync(cancellationToken);
        return RoundResponse.From(round);
    }
}

internal static class CompleteRoundEndpoint
{
    public static void MapCompleteRound(this IEndpointRouteBuilder facilities) =>
        facilities.MapPost("/rounds/{id:guid}/complete", async (Guid id, IMediator mediator, CancellationToken cancellationToken) =>
                (await mediator.Send(new CompleteRound(id), cancellationToken)).ToHttp(TypedResults.Ok))
            .RequireAuthorization(FacilitiesPermissions.Rounds)
            .WithName("CompleteRound")
            .WithSummary("Complete a round once every item has a result")
            .WithDescription("An item without a result is a 422 `items_unrecorded`; completing a completed round is a 409.")
            .Produces<RoundResponse>()
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status409Conflict)
            .ProducesProblem(StatusCodes.Status422UnprocessableEntity);
}
