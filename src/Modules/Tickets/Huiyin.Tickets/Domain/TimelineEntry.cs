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
}

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

    public static TimelineEntry Of(TicketId ticketId, DateTimeOffset at, TimelineKind kind, TicketActor actor, string detail, StatusMove? move = null) => new()
    {
        Id = SequentialGuid.NewVersion7(),
        TicketId = ticketId,
        At = at,
        Kind = kind,
        Actor = actor.Label,
        ActorName = actor.Name,
        FromStatus = move?.From,
        ToStatus = move?.To,
        Detail = detail,
    };
}
