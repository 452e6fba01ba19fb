using Huiyin.BuildingBlocks.Contacts;
using Huiyin.BuildingBlocks.Persistence;

namespace Huiyin.Complaints.Domain;

/// <summary>One contact with the complainant: when (to the minute), how, who, the outcome and what the complainant said.</summary>
internal sealed class ComplaintContact
{
    private ComplaintContact()
    {
    }

    public Guid Id { get; private set; }

    public ComplaintId ComplaintId { get; private set; }

    public DateTimeOffset At { get; private set; }

    public ContactMethod Method { get; private set; }

    public ContactOutcome Outcome { get; private set; }

    public string Actor { get; private set; } = "";

    public Guid? HandlerId { get; private set; }

    public string HandlerName { get; private set; } = "";

    public string Note { get; private set; } = "";

    /// <summary>The apology SMS sent because the complainant could not be reached.</summary>
    public Guid? SmsMessageId { get; private set; }

    public static ComplaintContact Log(ComplaintId complaintId, ContactEntry entry, JournalActor handler) => new()
    {
        Id = SequentialGuid.NewVersion7(),
        ComplaintId = complaintId,
        At = new DateTimeOffset(entry.At.Ticks - entry.At.Ticks % TimeSpan.TicksPerMinute, entry.At.Offset).ToUniversalTime(),
        Method = entry.Method,
        Outcome = entry.Outcome,
        Actor = handler.Actor,
        HandlerId = handler.StaffId,
        HandlerName = handler.Name,
        Note = entry.Note,
    };

    public void ApologySent(Guid messageId) => SmsMessageId = messageId;
}

/// <summary>A contact as the handler reports it.</summary>
internal sealed record ContactEntry(DateTimeOffset At, ContactMethod Method, ContactOutcome Outcome, string Note);

/// <summary>Who did something to a complaint: the actor label (a staff id, an API client or <c>system</c>), the staff member if one, and a name to show.</summary>
internal sealed record JournalActor(string Actor, Guid? StaffId, string Name);
