using Huiyin.Tickets.Contracts;

namespace Huiyin.Desk.Domain;

/// <summary>
/// The page sent for an emergency ticket: which ticket, when it was reported, and the technicians and managers on duty at that
/// instant who were paged (one page per ticket).
/// </summary>
internal sealed class EmergencyPage
{
    private EmergencyPage()
    {
    }

    public Guid Id { get; private set; }

    public Guid TicketId { get; private set; }

    public string Number { get; private set; } = "";

    public TicketCategory Category { get; private set; }

    public DateTimeOffset ReportedAt { get; private set; }

    public List<Guid> StaffIds { get; private set; } = [];

    public List<Guid> TeamIds { get; private set; } = [];

    public DateTimeOffset PagedAt { get; private set; }

    public static EmergencyPage Send(Guid ticketId, string number, TicketCategory category, DateTimeOffset reportedAt, IEnumerable<Guid> staffIds, IEnumerable<Guid> teamIds, DateTimeOffset at) => new()
    {
        Id = Guid.CreateVersion7(),
        TicketId = ticketId,
        Number = number,
        Category = category,
        ReportedAt = reportedAt,
        StaffIds = [.. staffIds],
        TeamIds = [.. teamIds],
        PagedAt = at,
    };
}
