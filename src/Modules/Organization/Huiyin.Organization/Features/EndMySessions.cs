using System.Security.Claims;
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

/// <summary>The signed-in person ends all their sessions but the one asking, or that one too (<c>includeCurrent</c>).</summary>
internal sealed record EndMySessions(Guid? CurrentSessionId, bool IncludeCurrent) : ICommand<Result>;

internal sealed class EndMySessionsHandler(OrganizationDbContext db, ICurrentUser currentUser, TimeProvider clock) : IRequestHandler<EndMySessions, Result>
{
    public async Task<Result> Handle(EndMySessions request, CancellationToken cancellationToken)
    {
        var owner = SessionOwner.Of(currentUser);
        if (owner.IsFailure)
        {
            return owner.Error;
        }

        var staffId = owner.Value;
        var kept = request.IncludeCurrent ? null : request.CurrentSessionId;
        await StaffSessions.EndAsync(db, t => t.StaffMemberId == staffId && t.FamilyId != kept, clock.GetUtcNow(), cancellationToken);
        return Result.Success();
    }
}

internal static class EndMySessionsEndpoint
{
    public static void MapEndMySessions(this IEndpointRouteBuilder sessions) =>
        sessions.MapDelete("/", async (bool? includeCurrent, ClaimsPrincipal user, IMediator mediator, CancellationToken cancellationToken) =>
                (await mediator.Send(new EndMySessions(SessionOwner.SessionOf(user), includeCurrent ?? false), cancellationToken)).ToHttp())
            .WithName("EndMySessions")
            .WithSummary("End all my other sessions (includeCurrent=true ends this one too)")
            .Produces(StatusCodes.Status204NoContent)
            .ProducesProblem(StatusCodes.Status403Forbidden);
}
