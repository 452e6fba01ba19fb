using FluentValidation;
using Huiyin.BuildingBlocks.Http;
using Huiyin.BuildingBlocks.Messaging;
using Huiyin.BuildingBlocks.Results;
using Huiyin.Sla.Contracts;
using Huiyin.Tickets.Contracts;
using Huiyin.Tickets.Domain;
using Huiyin.Tickets.Features.Shared;
using Huiyin.Tickets.Persistence;
using MediatR;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace Huiyin.Tickets.Features;

/// <summary>
/// Logs the desk's call to the department that does the work (工程部, 保洁部): the work has reached it, which meets the
/// hand-off clock as an assignment does. 409 on a closed or cancelled ticket.
/// </summary>
internal sealed record HandOffTicket(Guid TicketId, Guid TeamId, string Note) : ICommand<Result<TicketResponse>>;

internal sealed record HandOffBody(Guid TeamId, string Note);

internal sealed class HandOffTicketValidator : AbstractValidator<HandOffTicket>
{
    public HandOffTicketValidator()
    {
        RuleFor(x => x.TeamId).NotEmpty();
        RuleFor(x => x.Note).IsText(2000);
    }
}

internal sealed class HandOffTicketHandler(TicketsDbContext db, TicketLoader loader, TicketClocks clocks, TicketJournal journal)
    : IRequestHandler<HandOffTicket, Result<TicketResponse>>
{
    public async Task<Result<TicketResponse>> Handle(HandOffTicket request, CancellationToken cancellationToken)
    {
        var found = await loader.ForChangeAsync(request.TicketId, expectedVersion: null, cancellationToken);
        if (found.IsFailure)
        {
            return found.Error;
        }

        var ticket = found.Value;
        if (ticket.HandOff(request.TeamId) is { IsFailure: true } closed)
        {
            return closed.Error;
        }

        if (await clocks.FulfilAwaitedAsync(ticket, "handed off by phone", cancellationToken, SlaMetric.Handoff) is { IsFailure: true } notMet)
        {
            return notMet.Error;
        }

        journal.Record(ticket, TimelineKind.HandedOff, TimelineNotes.HandedOff(request.TeamId, request.Note.Trim()));
        await db.SaveChangesAsync(cancellationToken);
        return TicketResponse.From(ticket, journal.Now);
    }
}

internal static class HandOffTicketEndpoint
{
    public static void MapHandOffTicket(this IEndpointRouteBuilder tickets) =>
        tickets.MapPost("/{id:guid}/hand-off", async (Guid id, HandOffBody body, IMediator mediator, CancellationToken cancellationToken) =>
                (await mediator.Send(new HandOffTicket(id, body.TeamId, body.Note), cancellationToken)).ToHttp(TypedResults.Ok))
            .RequireAuthorization(TicketsPermissions.Write)
            .WithName("HandOffTicket")
            .WithSummary("Log the call that handed the work to its department (meets the hand-off clock)")
            .Produces<TicketResponse>()
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status409Conflict);
}
