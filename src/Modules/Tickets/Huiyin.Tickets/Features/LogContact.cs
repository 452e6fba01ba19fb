using System.Text.Json.Serialization;
using FluentValidation;
using Huiyin.BuildingBlocks.Contacts;
using Huiyin.BuildingBlocks.Http;
using Huiyin.BuildingBlocks.Messaging;
using Huiyin.BuildingBlocks.Results;
using Huiyin.Knowledge.Contracts;
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
/// Logs a contact with the customer. The first one fulfils first contact and moves a New ticket to Contacted;
/// an unreachable customer is sent the apology SMS, which counts as the attempt.
/// </summary>
internal sealed record LogContact(Guid TicketId, ContactMethod Method, ContactOutcome Outcome, string Note, DateTimeOffset? At) : ICommand<Result<ContactResponse>>;

/// <summary>The body: <c>at</c> defaults to now (kept to the minute).</summary>
internal sealed record ContactBody(
    [property: JsonRequired] ContactMethod Method, [property: JsonRequired] ContactOutcome Outcome, string Note, DateTimeOffset? At = null);

/// <summary>A logged contact; <c>warnings</c> are the forbidden phrases (禁说) its note contains, flagged but not refused.</summary>
internal sealed record ContactResponse(
    Guid Id, Guid TicketId, DateTimeOffset At, ContactMethod Method, ContactOutcome Outcome, Guid? HandlerId, string HandlerName, string Note, Guid? SmsMessageId,
    IReadOnlyList<string> Warnings)
{
    public static async Task<ContactResponse> FromAsync(TicketContact c, IMediator mediator, CancellationToken cancellationToken) =>
        new(c.Id, c.TicketId.Value, c.At, c.Method, c.Outcome, c.HandlerId, c.HandlerName, c.Note, c.SmsMessageId,
            await mediator.Send(new FindForbiddenPhrases(c.Note), cancellationToken));
}

internal sealed class LogContactValidator : AbstractValidator<LogContact>
{
    public LogContactValidator()
    {
        RuleFor(x => x.Method).IsInEnum();
        RuleFor(x => x.Outcome).IsInEnum();
        RuleFor(x => x.Note).IsText(2000);
    }
}

internal sealed class LogContactHandler(TicketsDbContext db, TicketLoader loader, TicketWork work, IMediator mediator) : IRequestHandler<LogContact, Result<ContactResponse>>
{
    public async Task<Result<ContactResponse>> Handle(LogContact request, CancellationToken cancellationToken)
    {
        var ticket = await loader.ForChangeAsync(request.TicketId, expectedVersion: null, cancellationToken);
        if (ticket.IsFailure)
        {
            return ticket.Error;
        }

        var entry = new ContactEntry(request.At, request.Method, request.Outcome, request.Note.Trim());
        var contact = await work.LogContactAsync(ticket.Value, entry, cancellationToken);
        if (contact.IsFailure)
        {
            return contact.Error;
        }

        await db.SaveChangesAsync(cancellationToken);
        return await ContactResponse.FromAsync(contact.Value, mediator, cancellationToken);
    }
}

internal static class LogContactEndpoint
{
    public static void MapLogContact(this IEndpointRouteBuilder tickets)
    {
        tickets.MapPost("/{id:guid}/contacts", async (Guid id, ContactBody body, IMediator mediator, CancellationToken cancellationToken) =>
                (await mediator.Send(new LogContact(id, body.Method, body.Outcome, body.Note, body.At), cancellationToken))
                .ToHttp(contact => TypedResults.Created($"/api/v1/tickets/{id}/contacts/{contact.Id}", contact)))
            .RequireAuthorization(TicketsPermissions.Write)
            .WithName("LogTicketContact")
            .WithSummary("Log a contact with the customer (处理方式、处理时间、处理人、业主回复)")
            .WithDescription("The first contact fulfils the first-contact clock. A note containing a forbidden phrase is saved and answered with it in `warnings`. `Unreachable` sends the apology SMS from its template. 409 on a closed or cancelled ticket.")
            .Produces<ContactResponse>(StatusCodes.Status201Created)
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status409Conflict);

        tickets.MapGet("/{id:guid}/contacts", async (Guid id, IMediator mediator, CancellationToken cancellationToken) =>
                (await mediator.Send(new ListContacts(id), cancellationToken)).ToHttp(TypedResults.Ok))
            .RequireAuthorization(TicketsPermissions.Read)
            .WithName("ListTicketContacts")
            .WithSummary("The ticket's contact log, oldest first")
            .Produces<BuildingBlocks.Paging.ItemsResponse<ContactResponse>>()
            .ProducesProblem(StatusCodes.Status404NotFound);
    }
}
