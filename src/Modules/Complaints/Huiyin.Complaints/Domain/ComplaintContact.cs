using Huiyin.BuildingBlocks.Contacts;

namespace Huiyin.Complaints.Domain;

/// <summary>One contact with the complainant about their complaint.</summary>
internal sealed class ComplaintContact : LoggedContact
{
    private ComplaintContact()
    {
    }

    public ComplaintId ComplaintId { get; private set; }

    public static ComplaintContact Log(ComplaintId complaintId, ContactEntry entry, JournalActor handler)
    {
        var contact = new ComplaintContact { ComplaintId = complaintId };
        contact.Record(entry.At, entry.Method, entry.Outcome, handler.Actor, handler.StaffId, handler.Name, entry.Note);
        return contact;
    }
}

/// <summary>A contact as the handler reports it.</summary>
internal sealed record ContactEntry(DateTimeOffset At, ContactMethod Method, ContactOutcome Outcome, string Note);

/// <summary>Who did something to a complaint: the actor label (a staff id, an API client or <c>system</c>), the staff member if one, and a name to show.</summary>
internal sealed record JournalActor(string Actor, Guid? StaffId, string Name);
