namespace Huiyin.Tickets.Contracts;

/// <summary>What a ticket is about; other modules name it when they open a ticket (a new issue raised during a callback).</summary>
public enum TicketCategory
{
    Plumbing,
    Electrical,
    Hvac,
    Lift,
    Gas,
    Cleaning,
    Security,
    Greening,
    Appliance,
    Other,
}
