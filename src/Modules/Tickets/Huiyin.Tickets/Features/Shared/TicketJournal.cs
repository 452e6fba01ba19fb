using Huiyin.Tickets.Contracts;
using Huiyin.Tickets.Domain;
using Huiyin.Tickets.Persistence;

namespace Huiyin.Tickets.Features.Shared;

/// <summary>Writes what happened to a ticket: a timeline line attributed to the caller, and the integration event for other modules.</summary>
internal sealed class TicketJournal(TicketsDbContext db, TicketActors actors, TicketSites sites, TimeProvider clock)
{
    public TicketActor Actor => actors.Current;

    public DateTimeOffset Now => clock.GetUtcNow();

    public void Record(Ticket ticket, TimelineKind kind, TimelineNote note, StatusMove? move = null) =>
        db.Timeline.Add(TimelineEntry.Of(ticket.Id, Now, kind, Actor, note, move));

    public void RecordMove(Ticket ticket, StatusMove move, string note = "") =>
        Record(ticket, TimelineKind.StatusChanged, TimelineNotes.StatusChanged(note), move);

    /// <summary>Publishes the ticket's event with the ticket's team and the site of its unit.</summary>
    public async Task PublishAsync(Ticket ticket, TicketEvent ticketEvent, CancellationToken cancellationToken) =>
        db.Publish(ticketEvent with { TeamId = ticket.TeamId, SiteId = await sites.OfAsync(ticket, cancellationToken) });
}
