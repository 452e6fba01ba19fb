using Huiyin.BuildingBlocks.Contacts;

namespace Huiyin.Tickets.Domain;

/// <summary>One contact with the customer about their ticket.</summary>
internal sealed class TicketContact : LoggedContact
{
    private TicketContact()
    {
    }

    public TicketId TicketId { get; private set; }

    public static TicketContact Log(TicketId ticketId, DateTimeOffset at, ContactMethod method, ContactOutcome outcome, TicketActor handler, string note)
    {
        var contact = new TicketContact { TicketId = ticketId };
        contact.Record(at, method, outcome, handler.Label, handler.StaffId, handler.Name, note);
        return contact;
    }
}
