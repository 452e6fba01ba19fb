using System.Text.Json.Serialization;
using FluentValidation;
using Huiyin.BuildingBlocks.Contacts;
using Huiyin.BuildingBlocks.Http;
using Huiyin.BuildingBlocks.Messaging;
using Huiyin.BuildingBlocks.Paging;
using Huiyin.BuildingBlocks.Results;
using Huiyin.Complaints.Contracts;
using Huiyin.Complaints.Domain;
using Huiyin.Complaints.Features.Shared;
using Huiyin.Complaints.Persistence;
using Huiyin.Sla.Contracts;
using MediatR;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.EntityFrameworkCore;

namespace Huiyin.Complaints.Features.Contacts;

/// <summary>
/// Logs a contact with the complainant, as for tickets: the first one fulfils the first-contact clock (unless the investigation
/// did before); an unreachable complainant is sent the apology SMS. Refused (409) on a closed complaint.
/// </summary>
internal sealed record LogContact(Guid ComplaintId, ContactMethod Method, ContactOutcome Outcome, string Note, DateTimeOffset? At) : ICommand<Result<ComplaintContactResponse>>;

/// <summary>The body: <c>at</c> defaults to now (kept to the minute).</summary>
internal sealed record ComplaintContactBody(
    [property: JsonRequired] ContactMethod Method, [property: JsonRequired] ContactOutcome Outcome, string Note, DateTimeOffset? At = null);

internal sealed record ComplaintContactResponse(
    Guid Id, Guid ComplaintId, DateTimeOffset At, ContactMethod Method, ContactOutcome Outcome, Guid? HandlerId, string HandlerName, string Note, Guid? SmsMessageId)
{
    public static ComplaintContactResponse From(ComplaintContact c) =>
        new(c.Id, c.ComplaintId.Value, c.At, c.Method, c.Outcome, c.HandlerId, c.HandlerName, c.Note, c.SmsMessageId);
}

internal sealed class LogContactValidator : AbstractValidator<LogContact>
{
    public LogContactValidator()
    {
        RuleFor(x => x.Method).IsInEnum();
        RuleFor(x => x.Outcome).IsInEnum();
        RuleFor(x => x.Note).NotNull().MaximumLength(2000);
    }
}

internal sealed class LogContactHandler(ComplaintsDbContext db, ComplaintClocks clocks, ComplaintJournal journal, ApologySms apology)
    : IRequestHandler<LogContact, Result<ComplaintContactResponse>>
{
    public async Task<Result<ComplaintContactResponse>> Handle(LogContact request, CancellationToken cancellationToken)
    {
        var complaint = await db.Complaints.SingleOrDefaultAsync(c => c.Id == new ComplaintId(request.ComplaintId), cancellationToken);
        if (complaint is null)
        {
            return Error.NotFound("Complaint", request.ComplaintId);
        }

        var at = request.At ?? journal.Now;
        if (at > journal.Now.AddMinutes(1) || at < complaint.CreatedAt.AddMinutes(-1))
        {
            return Error.Validation("complaint_contact_time_out_of_range", "at", "The contact time must lie between the complaint's registration and now.");
        }

        if (complaint.LogContact(at) is { IsFailure: true } refused)
        {
            return refused.Error;
        }

        if (await clocks.FulfilAsync(complaint, SlaMetric.FirstContact, "first contact logged", cancellationToken) is { IsFailure: true } notFulfilled)
        {
            return notFulfilled.Error;
        }

        var entry = new ContactEntry(at, request.Method, request.Outcome, request.Note.Trim());
        var contact = ComplaintContact.Log(complaint.Id, entry, journal.Actor);
        db.Contacts.Add(contact);
        journal.Record(complaint.Id, ComplaintTimelineKind.ContactLogged, TimelineNotes.ContactLogged(entry.Method, entry.Outcome, entry.Note));
        if (entry.Outcome == ContactOutcome.Unreachable)
        {
            await apology.SendAsync(complaint, contact, cancellationToken);
        }

        await clocks.MirrorAsync(complaint, cancellationToken);
        await db.SaveChangesAsync(cancellationToken);
        return ComplaintContactResponse.From(contact);
    }
}

/// <summary>The complaint's contact log, oldest first.</summary>
internal sealed record ListContacts(Guid ComplaintId) : IQuery<Result<ItemsResponse<ComplaintContactResponse>>>;

internal sealed class ListContactsHandler(ComplaintsDbContext db) : IRequestHandler<ListContacts, Result<ItemsResponse<ComplaintContactResponse>>>
{
    public async Task<Result<ItemsResponse<ComplaintContactResponse>>> Handle(ListContacts request, CancellationToken cancellationToken)
    {
        var id = new ComplaintId(request.ComplaintId);
        if (!await db.Complaints.AnyAsync(c => c.Id == id, cancellationToken))
        {
            return Error.NotFound("Complaint", request.ComplaintId);
        }

        var contacts = await db.Contacts.AsNoTracking().Where(c => c.ComplaintId == id).OrderBy(c => c.At).ThenBy(c => c.Id).ToListAsync(cancellationToken);
        return new ItemsResponse<ComplaintContactResponse>(contacts.Select(ComplaintContactResponse.From).ToList());
    }
}

internal static class LogContactEndpoint
{
    public static void MapLogComplaintContact(this IEndpointRouteBuilder complaints)
    {
        complaints.MapPost("/{id:guid}/contacts", async (Guid id, ComplaintContactBody body, IMediator mediator, CancellationToken cancellationToken) =>
                (await mediator.Send(new LogContact(id, body.Method, body.Outcome, body.Note, body.At), cancellationToken))
                .ToHttp(contact => TypedResults.Created($"/api/v1/complaints/{id}/contacts/{contact.Id}", contact)))
            .RequireAuthorization(ComplaintsPermissions.Handle)
            .WithName("LogComplaintContact")
            .WithSummary("Log a contact with the complainant (处理方式、处理时间、处理人、业主回复)")
            .WithDescription("The first contact fulfils the first-contact clock (the investigation does when no contact was logged before it). `Unreachable` sends the apology SMS from its template. 409 on a closed complaint.")
            .Produces<ComplaintContactResponse>(StatusCodes.Status201Created)
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status409Conflict);

        complaints.MapGet("/{id:guid}/contacts", async (Guid id, IMediator mediator, CancellationToken cancellationToken) =>
                (await mediator.Send(new ListContacts(id), cancellationToken)).ToHttp(TypedResults.Ok))
            .RequireAuthorization(ComplaintsPermissions.Read)
            .WithName("ListComplaintContacts")
            .WithSummary("The complaint's contact log, oldest first")
            .Produces<ItemsResponse<ComplaintContactResponse>>()
            .ProducesProblem(StatusCodes.Status404NotFound);
    }
}
