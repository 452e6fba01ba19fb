using Huiyin.BuildingBlocks.Http;
using Huiyin.BuildingBlocks.Messaging;
using Huiyin.BuildingBlocks.Results;
using Huiyin.BuildingBlocks.Security;
using Huiyin.Organization.Persistence;
using MediatR;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace Huiyin.Organization.Features;

/// <summary>The signed-in person ends one of their sessions (a phone left behind): its refresh token stops working.</summary>
internal sealed record EndMySession(Guid SessionId) : ICommand<Result>;

internal sealed class EndMySessionHandler(OrganizationDbContext db, ICurrentUser currentUser, TimeProvider clock) : IRequestHandler<EndMySession, Result>
{
    public async Task<Result> Handle(EndMySession request, CancellationToken cancellationToken)
    {
        var owner = SessionOwner.Of(currentUser);
        if (owner.IsFailure)
        {
            return owner.Error;
        }

        var staffId = owner.Value;
        var ended = await StaffSessions.EndAsync(db, t => t.StaffMemberId == staffId && t.FamilyId == request.SessionId, clock.GetUtcNow(), cancellationToken);
        return ended == 0 ? Error.NotFound("Session", request.SessionId) : Result.Success();
    }
}

internal static class EndMySessionEndpoint
{
    public static void MapEndMySession(this IEndpointRouteBuilder sessions) =>
        sessions.MapDelete("/{id:guid}", async (Guid id, IMediator mediator, CancellationToken cancellationToken) =>
                (await mediator.Send(new EndMySession(id), cancellationToken)).ToHttp())
            .WithName("EndMySession")
            .WithSummary("End one of my sessions")
            .Produces(StatusCodes.Status204NoContent)
            .ProducesProblem(StatusCodes.Status403Forbidden)
            .ProducesProblem(StatusCodes.Status404NotFound);
}
