using Huiyin.BuildingBlocks.Http;
using Huiyin.BuildingBlocks.Messaging;
using Huiyin.BuildingBlocks.Results;
using Huiyin.BuildingBlocks.Security;
using Huiyin.Desk.Contracts;
using Huiyin.Desk.Domain;
using Huiyin.Desk.Features.Shared;
using Huiyin.Desk.Persistence;
using MediatR;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.EntityFrameworkCore;

namespace Huiyin.Desk.Features.Handovers;

/// <summary>The next shift signs a handover and takes over its open items: someone rostered on it, never the shift that handed over.</summary>
internal sealed record AcceptHandover(Guid Id) : ICommand<Result<HandoverResponse>>;

internal sealed class AcceptHandoverHandler(DeskDbContext db, DutyTable table, HandoverResponses responses, ICurrentUser user, TimeProvider clock)
    : IRequestHandler<AcceptHandover, Result<HandoverResponse>>
{
    public async Task<Result<HandoverResponse>> Handle(AcceptHandover request, CancellationToken cancellationToken)
    {
        if (await db.Handovers.SingleOrDefaultAsync(h => h.Id == new HandoverId(request.Id), cancellationToken) is not { } handover)
        {
            return Error.NotFound("Handover", request.Id);
        }

        var me = user.Id.GetValueOrDefault();
        if (!handover.Signed && (await table.StaffOnAsync(handover.From, cancellationToken)).Contains(me))
        {
            return Error.Conflict("same_shift", "The shift that handed over cannot accept its own handover; the next shift signs it.");
        }

        if (!handover.Signed && !(await table.StaffOnAsync(handover.To, cancellationToken)).Contains(me))
        {
            return Error.BusinessRule("not_on_next_shift", "Only someone on the next shift accepts the handover.");
        }

        var now = clock.GetUtcNow();
        var accepted = handover.Accept(me, now);
        if (accepted.IsFailure)
        {
            return accepted.Error!;
        }

        db.Publish(new ShiftHandoverAccepted(handover.Id.Value, handover.TeamId, handover.Shift, handover.NextShift, handover.HandedOverById, me,
            [.. handover.CarriedOver.Select(i => i.ItemId)], now));
        await db.SaveChangesAsync(cancellationToken);
        return await responses.OfAsync(handover, cancellationToken);
    }
}

internal static class AcceptHandoverEndpoint
{
    public static void MapAcceptHandover(this IEndpointRouteBuilder handovers) =>
        handovers.MapPost("/{id:guid}/accept", async (Guid id, IMediator mediator, CancellationToken cancellationToken) =>
                (await mediator.Send(new AcceptHandover(id), cancellationToken)).ToHttp(accepted => TypedResults.Ok(accepted)))
            .RequireAuthorization(DeskPermissions.Handover)
            .WithName("AcceptHandover")
            .WithSummary("Sign a handover as the next shift")
            .WithDescription("409 when it is signed already, or when the caller is on the shift that handed over; 422 when the caller is not on the next shift.")
            .Produces<HandoverResponse>()
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status409Conflict)
            .ProducesProblem(StatusCodes.Status422UnprocessableEntity);
}
