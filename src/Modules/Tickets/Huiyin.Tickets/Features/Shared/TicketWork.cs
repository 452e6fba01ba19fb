using Huiyin.BuildingBlocks.Contacts;
using Huiyin.BuildingBlocks.Results;
using Huiyin.Sla.Contracts;
using Huiyin.Tickets.Contracts;
using Huiyin.Tickets.Domain;
using Huiyin.Tickets.Persistence;

namespace Huiyin.Tickets.Features.Shared;

/// <summary>
/// The steps more than one use case takes: logging a contact (intake answered on the spot, the contact log,
/// the apology SMS) and resolving (the resolve action, an enquiry closed at intake).
/// </summary>
internal sealed class TicketWork(TicketsDbContext db, TicketClocks clocks, TicketJournal journal, ApologySms apology)
{
    public async Task<Result<TicketContact>> LogContactAsync(Ticket ticket, ContactEntry entry, CancellationToken cancellationToken)
    {
        var at = entry.At ?? journal.Now;
        if (at > journal.Now.AddMinutes(1) || at < ticket.CreatedAt.AddMinutes(-1))
        {
            return Error.Validation("contact_time_out_of_range", "at", "The contact time must lie between the ticket's creation and now.");
        }

        var isFirst = ticket.FirstContactAt is null;
        var move = ticket.LogContact(at);
        if (move.IsFailure)
        {
            return move.Error;
        }

        if (await clocks.FulfilAwaitedAsync(ticket, "first contact logged", cancellationToken, SlaMetric.FirstContact, SlaMetric.Acknowledgement) is { IsFailure: true } fulfil)
        {
            return fulfil.Error;
        }

        var contact = TicketContact.Log(ticket.Id, at, entry.Method, entry.Outcome, journal.Actor, entry.Note);
        db.Contacts.Add(contact);
        if (entry.Outcome == ContactOutcome.Unreachable)
        {
            await apology.SendAsync(ticket, contact, cancellationToken);
        }

        journal.Record(ticket, TimelineKind.ContactLogged, TimelineNotes.ContactLogged(entry.Method, entry.Outcome, entry.Note), move.Value.Changed ? move.Value : null);
        await journal.PublishAsync(ticket, new TicketContacted(
            ticket.Id.Value, contact.Id, entry.Method.ToString(), entry.Outcome.ToString(), isFirst, contact.HandlerId, journal.Now), cancellationToken);
        return contact;
    }

    public async Task<Result> ResolveAsync(Ticket ticket, string summary, CancellationToken cancellationToken)
    {
        var move = ticket.Resolve(summary, journal.Now);
        if (move.IsFailure)
        {
            return move.Error;
        }

        // Work resolved without a logged contact (a technician sent straight out) still met the customer; resolved at the
        // desk, it needed no hand-off.
        if (await clocks.FulfilAwaitedAsync(ticket, "resolved", cancellationToken, SlaMetric.FirstContact, SlaMetric.Acknowledgement, SlaMetric.Handoff)
            is { IsFailure: true } firstContact)
        {
            return firstContact.Error;
        }

        if (await clocks.FulfilAsync(ticket, SlaMetric.Resolution, "resolved", cancellationToken) is { IsFailure: true } resolution)
        {
            return resolution.Error;
        }

        journal.RecordMove(ticket, move.Value, summary);
        await journal.PublishAsync(ticket,
            new TicketResolved(ticket.Id.Value, ticket.Number, ticket.CustomerId, ticket.TechnicianIds, summary, journal.Actor.Label, journal.Now, TakenIn.By(ticket)),
            cancellationToken);
        return Result.Success();
    }
}
