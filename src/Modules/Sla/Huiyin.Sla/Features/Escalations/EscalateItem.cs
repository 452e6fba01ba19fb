using System.Text.Json.Serialization;
using FluentValidation;
using Huiyin.BuildingBlocks.Http;
using Huiyin.BuildingBlocks.Messaging;
using Huiyin.BuildingBlocks.Results;
using Huiyin.BuildingBlocks.Security;
using Huiyin.Sla.Contracts;
using Huiyin.Sla.Features.Clocks;
using MediatR;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace Huiyin.Sla.Features.Escalations;

/// <summary>
/// Raises a ticket up the ladder by hand, straight to <c>level</c> (1 Supervisor, 2 Manager, 3 Executive) whatever lies
/// between: it joins that level's queue and the ticket's timeline with its reason, and the ladder goes on from there.
/// </summary>
internal sealed record EscalateItem(SlaWorkType ItemType, Guid ItemId, int Level, string Reason) : ICommand<Result<ClockView>>;

internal sealed record EscalateBody([property: JsonRequired] int Level, string Reason);

internal sealed class EscalateItemValidator : AbstractValidator<EscalateItem>
{
    public EscalateItemValidator()
    {
        RuleFor(x => x.Level).InclusiveBetween(1, 3);
        RuleFor(x => x.Reason).NotEmpty().WithMessage("Say why it is escalated by hand.").MaximumLength(1000);
    }
}

internal sealed class EscalateItemHandler(ClockActions clocks, ICurrentUser user) : IRequestHandler<EscalateItem, Result<ClockView>>
{
    public Task<Result<ClockView>> Handle(EscalateItem request, CancellationToken cancellationToken) =>
        clocks.ApplyAsync(request.ItemType, request.ItemId, SlaMetric.Resolution, request.Reason.Trim(),
            (clock, now, calendar) => clock.EscalateTo(request.Level, request.Reason.Trim(), user.Actor, now, calendar), cancellationToken);
}

internal static class EscalateItemEndpoint
{
    public static void MapEscalateTicket(this IEndpointRouteBuilder api) =>
        api.MapPost("/tickets/{id:guid}/escalate", async (Guid id, EscalateBody body, IMediator mediator, CancellationToken cancellationToken) =>
                (await mediator.Send(new EscalateItem(SlaWorkType.Ticket, id, body.Level, body.Reason), cancellationToken)).ToHttp(TypedResults.Ok))
            .RequireAuthorization(SlaPermissions.Extend)
            .WithTags("SLA escalations")
            .WithName("EscalateTicket")
            .WithSummary("Escalate a ticket by hand, skipping levels (level 1–3, reason)")
            .WithDescription("409 when the ticket is no longer open or already at that level or higher.")
            .Produces<ClockView>()
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status409Conflict);
}
