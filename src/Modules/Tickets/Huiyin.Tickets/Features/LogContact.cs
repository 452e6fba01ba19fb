using FluentValidation;
using Huiyin.BuildingBlocks.Contacts;
using Huiyin.BuildingBlocks.Messaging;
using Huiyin.BuildingBlocks.Results;
using Huiyin.Knowledge.Contracts;
using Huiyin.Tickets.Contracts;
using Huiyin.Tickets.Domain;
using Huiyin.Tickets.Features.Shared;
using Huiyin.Tickets.Persistence;
using MediatR;
using Microsoft.AspNetCore.Routing;

namespace Huiyin.Tickets.Features;

/// <summary>
/// Logs a contact with the customer. The first one fulfils first contact and moves a New ticket to Contacted;
/// an unreachable customer is sent the apology SMS, which counts as the attempt.
/// </summary>
internal sealed record LogContact(Guid TicketId, ContactMethod Method, ContactOutcome Outcome, string Note, DateTimeOffset? At) : ICommand<Result<ContactResponse>>;

/// <summary>A logged contact; <c>warnings</c> are the forbidden phrases (禁说) its note contains, flagged but not refused.</summary>
internal sealed record ContactResponse(
    Guid Id, Guid TicketId, DateTimeOffset At, ContactMethod Method, ContactOutcome Outcome, Guid? HandlerId, string HandlerName, string Note, Guid? SmsMessageId,
    IReadOnlyList<string> Warnings) : IContactResponse
{
    /// <summary>The contacts with their warnings, looked up in one go.</summary>
    public static async Task<IReadOnlyList<ContactResponse>> ManyAsync(IReadOnlyList<TicketContact> contacts, IMediator mediator, CancellationToken cancellationToken)
    {
        var warnings = await mediator.Send(new FindForbiddenPhrases([.. contacts.Select(c => c.Note)]), cancellationToken);
        return [.. contacts.Select((c, i) => new ContactResponse(
            c.Id, c.TicketId.Value, c.At, c.Method, c.Outcome, c.HandlerId, c.HandlerName, c.Note, c.SmsMessageId, warnings[i]))];
    }
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
        return (await ContactResponse.ManyAsync([contact.Value], mediator, cancellationToken))[0];
    }
}

internal static class LogContactEndpoint
{
    private static readonly ContactLogRoutes Routes = new("tickets", TicketsPermissions.Write, TicketsPermissions.Read, "Ticket", "customer",
        "The first contact fulfils the first-contact clock. A note containing a forbidden phrase is saved and answered with it in `warnings`. `Unreachable` sends the apology SMS from its template. 409 on a closed or cancelled ticket.");

    public static void MapLogContact(this IEndpointRouteBuilder tickets) =>
        tickets.MapContactLog(Routes, (id, body) => new LogContact(id, body.Method, body.Outcome, body.Note, body.At), id => new ListContacts(id));
}
