using System.Text.Json.Serialization;
using FluentValidation;
using Huiyin.BuildingBlocks.Http;
using Huiyin.BuildingBlocks.Messaging;
using Huiyin.BuildingBlocks.Results;
using Huiyin.Tickets.Contracts;
using Huiyin.Tickets.Domain;
using Huiyin.Tickets.Features.Shared;
using Huiyin.Tickets.Persistence;
using MediatR;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Routing;

namespace Huiyin.Tickets.Features;

/// <summary>What intake wrote down about the work and may be corrected while the ticket is open.</summary>
internal sealed record TicketDetails(
    [property: JsonRequired] TicketCategory Category, string Description, string? UnitId = null, string? Location = null, DateTimeOffset? PromisedAt = null);

/// <summary>Corrects a ticket's details; unlike a status change it needs If-Match (it overwrites what others may have corrected). The deadlines stay as intake set them.</summary>
internal sealed record UpdateTicket(Guid Id, uint? ExpectedVersion, TicketCategory Category, string Description, string? UnitId, string? Location, DateTimeOffset? PromisedAt)
    : ICommand<Result<Versioned<TicketResponse>>>
{
    public static UpdateTicket From(Guid id, uint? expectedVersion, TicketDetails details) =>
        new(id, expectedVersion, details.Category, details.Description, details.UnitId, details.Location, details.PromisedAt);
}

internal sealed class UpdateTicketValidator : AbstractValidator<UpdateTicket>
{
    public UpdateTicketValidator()
    {
        RuleFor(x => x.Description).IsText(CreateTicketValidator.MaxDescriptionLength);
        RuleFor(x => x.UnitId).MaximumLength(CreateTicketValidator.MaxUnitIdLength);
        RuleFor(x => x.Location).MaximumLength(CreateTicketValidator.MaxLocationLength);
    }
}

internal sealed class UpdateTicketHandler(TicketsDbContext db, TicketLoader loader, TicketJournal journal)
    : IRequestHandler<UpdateTicket, Result<Versioned<TicketResponse>>>
{
    public async Task<Result<Versioned<TicketResponse>>> Handle(UpdateTicket request, CancellationToken cancellationToken)
    {
        if (request.ExpectedVersion is null)
        {
            return Error.IfMatchRequired();
        }

        var found = await loader.ForChangeAsync(request.Id, request.ExpectedVersion, cancellationToken);
        if (found.IsFailure)
        {
            return found.Error;
        }

        var ticket = found.Value;
        var changed = ticket.Correct(request.Category, request.Description.Trim(), Blank(request.UnitId), Blank(request.Location), request.PromisedAt?.ToUniversalTime());
        if (changed.IsFailure)
        {
            return changed.Error;
        }

        if (changed.Value.Count > 0)
        {
            journal.Record(ticket, TimelineKind.DetailsChanged, TimelineNotes.DetailsChanged(changed.Value));
            await db.SaveChangesAsync(cancellationToken);
        }

        return new Versioned<TicketResponse>(TicketResponse.From(ticket, journal.Now), ticket.Version);
    }

    private static string? Blank(string? text) => string.IsNullOrWhiteSpace(text) ? null : text.Trim();
}

internal static class UpdateTicketEndpoint
{
    public static void MapUpdateTicket(this IEndpointRouteBuilder tickets)
    {
        tickets.MapPut("/{id:guid}", async (Guid id, TicketDetails details, [FromHeader(Name = "If-Match")] string? ifMatch, HttpResponse response, IMediator mediator, CancellationToken cancellationToken) =>
                (await mediator.Send(UpdateTicket.From(id, ETags.Parse(ifMatch), details), cancellationToken)).ToHttp(updated => updated.ToOk(response)))
            .RequireAuthorization(TicketsPermissions.Write)
            .WithName("UpdateTicket")
            .WithSummary("Correct a ticket's category, description, unit, location or promised time (send If-Match)")
            .WithDescription("The deadlines stay as intake set them. 409 `ticket_not_open` once the ticket is closed or cancelled.")
            .Produces<TicketResponse>()
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status409Conflict)
            .ProducesProblem(StatusCodes.Status412PreconditionFailed)
            .ProducesProblem(StatusCodes.Status428PreconditionRequired);

        tickets.MapMergePatch(id => new GetTicket(id), DetailsOf, UpdateTicket.From)
            .RequireAuthorization(TicketsPermissions.Write)
            .WithName("PatchTicket")
            .WithSummary("Correct some of a ticket's details (merge patch, send If-Match)");
    }

    private static TicketDetails DetailsOf(TicketResponse t) => new(t.Category, t.Description, t.UnitId, t.Location, t.PromisedAt);
}
