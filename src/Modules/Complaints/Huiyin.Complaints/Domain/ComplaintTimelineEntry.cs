using Huiyin.BuildingBlocks.Persistence;

namespace Huiyin.Complaints.Domain;

/// <summary>What the timeline shows of a complaint's own history; clock events are read from the Sla module alongside.</summary>
internal enum ComplaintTimelineKind
{
    Registered,
    StepTaken,
    SeverityRaised,
    RepeatCounted,
    ContactLogged,
    EvidenceAdded,
    HandedOff,
}

/// <summary>
/// A line's words: a stable code and its values (<c>severity_raised</c> with <c>to</c> and <c>reason</c>), from which the SPA
/// words the line, and the server's own text for anyone else.
/// </summary>
internal sealed record TimelineNote(string Code, string Text, IReadOnlyDictionary<string, string?> Args);

/// <summary>One line of a complaint's history: what happened, when, by whom, the status it moved between and the words given.</summary>
internal sealed class ComplaintTimelineEntry
{
    private ComplaintTimelineEntry()
    {
    }

    public Guid Id { get; private set; }

    public ComplaintId ComplaintId { get; private set; }

    public DateTimeOffset At { get; private set; }

    public ComplaintTimelineKind Kind { get; private set; }

    public string Actor { get; private set; } = "";

    public string ActorName { get; private set; } = "";

    public ComplaintStatus? FromStatus { get; private set; }

    public ComplaintStatus? ToStatus { get; private set; }

    public string Detail { get; private set; } = "";

    public string Code { get; private set; } = "";

    public Dictionary<string, string> Args { get; private set; } = [];

    public static ComplaintTimelineEntry Of(
        ComplaintId complaintId, DateTimeOffset at, ComplaintTimelineKind kind, JournalActor actor, TimelineNote note, ComplaintStatus? from = null, ComplaintStatus? to = null) => new()
    {
        Id = SequentialGuid.NewVersion7(),
        ComplaintId = complaintId,
        At = at,
        Kind = kind,
        Actor = actor.Actor,
        ActorName = actor.Name,
        FromStatus = from,
        ToStatus = to,
        Detail = note.Text,
        Code = note.Code,
        Args = note.Args.Where(a => a.Value is not null).ToDictionary(a => a.Key, a => a.Value!),
    };
}
