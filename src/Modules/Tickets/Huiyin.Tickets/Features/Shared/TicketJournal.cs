using Huiyin.BuildingBlocks.Outbox;
using Huiyin.Tickets.Domain;
using Huiyin.Tickets.Persistence;

namespace Huiyin.Tickets.Features.Shared;

/// <summary>Writes what happened to a ticket: a timeline line attributed to the caller, and the integration event for other modules.</summary>
internal sealed class TicketJournal(TicketsDbContext db, TicketActors actors, TimeProvider clock)
{
    public TicketActor Actor => actors.Current;

    public DateTimeOffset Now => clock.GetUtcNow();

    public void Record(Ticket ticket, TimelineKind kind, TimelineNote note, StatusMove? move = null) =>
        db.Timeline.Add(TimelineEntry.Of(ticket.Id, Now, kind, Actor, note, move));

    public void RecordMove(Ticket ticket, StatusMove move, string note = "") =>
        Record(ticket, TimelineKind.StatusChanged, TimelineNotes.StatusChanged(note), move);

    public void Publish(IntegrationEvent integrationEvent) => db.Publish(integrationEvent);
}
