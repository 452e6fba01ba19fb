using FluentValidation;
using Huiyin.BuildingBlocks.Contacts;
using Huiyin.BuildingBlocks.Messaging;
using Huiyin.BuildingBlocks.Paging;
using Huiyin.BuildingBlocks.Results;
using Huiyin.Complaints.Contracts;
using Huiyin.Complaints.Domain;
using Huiyin.Complaints.Features.Shared;
using Huiyin.Complaints.Persistence;
using Huiyin.Knowledge.Contracts;
using Huiyin.Sla.Contracts;
using MediatR;
using Microsoft.AspNetCore.Routing;
using Microsoft.EntityFrameworkCore;

namespace Huiyin.Complaints.Features.Contacts;

/// <summary>
/// Logs a contact with the complainant, as for tickets: the first one fulfils the first-contact clock (unless the investigation
/// did before); an unreachable complainant is sent the apology SMS. Refused (409) on a closed complaint.
/// </summary>
internal sealed record LogContact(Guid ComplaintId, ContactMethod Method, ContactOutcome Outcome, string Note, DateTimeOffset? At) : ICommand<Result<ComplaintContactResponse>>;

/// <summary>A logged contact; <c>warnings</c> are the forbidden phrases (禁说) its note contains, flagged but not refused.</summary>
internal sealed record ComplaintContactResponse(
    Guid Id, Guid ComplaintId, DateTimeOffset At, ContactMethod Method, ContactOutcome Outcome, Guid? HandlerId, string HandlerName, string Note, Guid? SmsMessageId,
    IReadOnlyList<string> Warnings) : IContactResponse
{
    /// <summary>The contacts with their warnings, looked up in one go.</summary>
    public static async Task<IReadOnlyList<ComplaintContactResponse>> ManyAsync(
        IReadOnlyList<ComplaintContact> contacts, IMediator mediator, CancellationToken cancellationToken)
    {
        var warnings = await mediator.Send(new FindForbiddenPhrases([.. contacts.Select(c => c.Note)]), cancellationToken);
        return [.. contacts.Select((c, i) => new ComplaintContactResponse(
            c.Id, c.ComplaintId.Value, c.At, c.Method, c.Outcome, c.HandlerId, c.HandlerName, c.Note, c.SmsMessageId, warnings[i]))];
    }
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

internal sealed class LogContactHandler(ComplaintsDbContext db, ComplaintClocks clocks, ComplaintJournal journal, ApologySms apology, IMediator mediator)
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
        return (await ComplaintContactResponse.ManyAsync([contact], mediator, cancellationToken))[0];
    }
}

/// <summary>The complaint's contact log, oldest first.</summary>
internal sealed record ListContacts(Guid ComplaintId) : IQuery<Result<ItemsResponse<ComplaintContactResponse>>>;

internal sealed class ListContactsHandler(ComplaintsDbContext db, IMediator mediator) : ContactLogHandler<ListContacts, ComplaintContact, ComplaintContactResponse>
{
    protected override async Task<Error?> CaseMissingAsync(ListContacts request, CancellationToken cancellationToken) =>
        await db.Complaints.AnyAsync(c => c.Id == new ComplaintId(request.ComplaintId), cancellationToken) ? null : Error.NotFound("Complaint", request.ComplaintId);

    protected override IQueryable<ComplaintContact> ContactsOf(ListContacts request) => db.Contacts.Where(c => c.ComplaintId == new ComplaintId(request.ComplaintId));

    protected override Task<IReadOnlyList<ComplaintContactResponse>> RespondAsync(IReadOnlyList<ComplaintContact> contacts, CancellationToken cancellationToken) =>
        ComplaintContactResponse.ManyAsync(contacts, mediator, cancellationToken);
}

internal static class LogContactEndpoint
{
    private static readonly ContactLogRoutes Routes = new("complaints", ComplaintsPermissions.Handle, ComplaintsPermissions.Read, "Complaint", "complainant",
        "The first contact fulfils the first-contact clock (the investigation does when no contact was logged before it). A note containing a forbidden phrase is saved and answered with it in `warnings`. `Unreachable` sends the apology SMS from its template. 409 on a closed complaint.");

    public static void MapLogComplaintContact(this IEndpointRouteBuilder complaints) =>
        complaints.MapContactLog(Routes, (id, body) => new LogContact(id, body.Method, body.Outcome, body.Note, body.At), id => new ListContacts(id));
}
