using Huiyin.BuildingBlocks.Http;
using Huiyin.BuildingBlocks.Messaging;
using Huiyin.BuildingBlocks.Results;
using Huiyin.BuildingBlocks.Security;
using Huiyin.Sla.Persistence;
using MediatR;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.EntityFrameworkCore;

namespace Huiyin.Sla.Features.Escalations;

/// <summary>Someone at the escalation's level has taken it up; it leaves the queue.</summary>
internal sealed record AcknowledgeEscalation(Guid Id) : ICommand<Result>;

internal sealed class AcknowledgeEscalationHandler(SlaDbContext db, ICurrentUser user, TimeProvider clock) : IRequestHandler<AcknowledgeEscalation, Result>
{
    public async Task<Result> Handle(AcknowledgeEscalation request, CancellationToken cancellationToken)
    {
        var escalation = await db.Escalations.SingleOrDefaultAsync(e => e.Id == request.Id, cancellationToken);
        if (escalation is null)
        {
            return Error.NotFound("Escalation", request.Id);
        }

        if (!EscalationLevels.Of(user).Contains(escalation.Level))
        {
            return Error.Forbidden("escalation_level", $"Level {escalation.Level} escalations are acknowledged by their own level.").With("level", escalation.Level);
        }

        return escalation.Acknowledge(clock.GetUtcNow(), user.Actor)
            ? Result.Success()
            : Error.IllegalTransition("acknowledge", "Acknowledged", []);
    }
}

internal static class AcknowledgeEscalationEndpoint
{
    public static void MapAcknowledgeEscalation(this IEndpointRouteBuilder escalations) =>
        escalations.MapPost("/{id:guid}/acknowledge", async (Guid id, IMediator mediator, CancellationToken cancellationToken) =>
                (await mediator.Send(new AcknowledgeEscalation(id), cancellationToken)).ToHttp())
            .RequireAuthorization(new AuthorizationPolicyBuilder().RequireClaim(HuiyinClaims.Permission, EscalationLevels.AnyLevel).Build())
            .WithName("AcknowledgeSlaEscalation")
            .WithSummary("Take up an escalation")
            .Produces(StatusCodes.Status204NoContent)
            .ProducesProblem(StatusCodes.Status403Forbidden)
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status409Conflict);
}
