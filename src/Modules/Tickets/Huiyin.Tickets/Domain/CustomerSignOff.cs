
namespace Huiyin.Tickets.Domain;

/// <summary>The customer, present on site, confirms the fix: their name, their signature (a PNG), satisfied or not.</summary>
internal sealed class CustomerSignOff
{
    private CustomerSignOff()
    {
    }

    public Guid Id { get; private set; }

    public TicketId TicketId { get; private set; }

    public Guid TechnicianId { get; private set; }

    public DateTimeOffset At { get; private set; }

    public string CustomerName { get; private set; } = "";

    public byte[] Signature { get; private set; } = [];

    public bool Satisfied { get; private set; }

    public string? Comment { get; private set; }

    public static CustomerSignOff Sign(TicketId ticketId, Guid technicianId, DateTimeOffset at, string customerName, byte[] signature, bool satisfied, string? comment) =>
        new()
        {
            Id = Guid.CreateVersion7(),
            TicketId = ticketId,
            TechnicianId = technicianId,
            At = at,
            CustomerName = customerName,
            Signature = signature,
            Satisfied = satisfied,
            Comment = comment,
        };
}
