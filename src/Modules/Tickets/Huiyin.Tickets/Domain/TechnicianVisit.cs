
namespace Huiyin.Tickets.Domain;

/// <summary>One technician on site for a job: checked in (where, when the phone knew), checked out.</summary>
internal sealed class TechnicianVisit
{
    private TechnicianVisit()
    {
    }

    public Guid Id { get; private set; }

    public TicketId TicketId { get; private set; }

    public Guid TechnicianId { get; private set; }

    public DateTimeOffset CheckedInAt { get; private set; }

    public double? Latitude { get; private set; }

    public double? Longitude { get; private set; }

    public DateTimeOffset? CheckedOutAt { get; private set; }

    public bool IsOpen => CheckedOutAt is null;

    public static TechnicianVisit CheckIn(TicketId ticketId, Guid technicianId, DateTimeOffset at, double? latitude, double? longitude) => new()
    {
        Id = Guid.CreateVersion7(),
        TicketId = ticketId,
        TechnicianId = technicianId,
        CheckedInAt = at,
        Latitude = latitude,
        Longitude = longitude,
    };

    public void CheckOut(DateTimeOffset at) => CheckedOutAt = at;
}
