namespace Huiyin.Tickets.Domain;

/// <summary>An outage (the Facilities module's) in force at the ticket's unit when it was taken in.</summary>
internal sealed class TicketOutage
{
    public Guid OutageId { get; init; }

    public string Title { get; init; } = "";
}
