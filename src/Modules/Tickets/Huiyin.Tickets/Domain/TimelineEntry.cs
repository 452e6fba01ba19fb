using Huiyin.BuildingBlocks.Persistence;

namespace Huiyin.Tickets.Domain;

/// <summary>What the timeline shows of a ticket's own history; clock events are read from the Sla module alongside.</summary>
internal enum TimelineKind
{
    Created,
    StatusChanged,
    ContactLogged,
    Assigned,
    HandedBack,
    Scheduled,
    CheckedIn,
    CheckedOut,
    WorkLogged,
    PhotoAdded,
    SignedOff,
    PriorityChanged,
    FollowUpDue,
    DetailsChanged,
    HandedOff,
}

/// <summary>
/// A timeline line's words: a stable code and its values (<c>assigned</c> with <c>technicians</c>), from which the
/// SPA words the line in the user's language, and the server's own text for anyone else.
/// </summary>
internal sealed record TimelineNote(string Code, string Text, IReadOnlyDictionary<string, string>? Args = null);

/// <summary>One line of a ticket's history: what happened, when, by whom, and the status it moved between.</summary>
internal sealed class TimelineEntry
{
    private TimelineEntry()
    {
    }

    public Guid Id { get; private set; }

    public TicketId TicketId { get; private set; }

    public DateTimeOffset At { get; private set; }

    public TimelineKind Kind { get; private set; }

    public string Actor { get; private set; } = "";

    public string ActorName { get; private set; } = "";

    public TicketStatus? FromStatus { get; private set; }

    public TicketStatus? ToStatus { get; private set; }

    public string Detail { get; private set; } = "";

    /// <summary>Null on lines written before lines carried codes; their <see cref="Detail"/> is all there is.</summary>
    public string? Code { get; private set; }

    public Dictionary<string, string> Args { get; private set; } = [];

    public static TimelineEntry Of(TicketId ticketId, DateTimeOffset at, TimelineKind kind, TicketActor actor, TimelineNote note, StatusMove? move = null) => new()
    {
        Id = SequentialGuid.NewVersion7(),
        TicketId = ticketId,
        At = at,
        Kind = kind,
        Actor = actor.Label,
        ActorName = actor.Name,
        FromStatus = move?.From,
        ToStatus = move?.To,
        Detail = note.Text,
        Code = note.Code,
        Args = new Dictionary<string, string>(note.Args ?? new Dictionary<string, string>()),
    };
}
