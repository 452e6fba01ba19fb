
namespace Huiyin.Tickets.Domain;

/// <summary>Who did something to a ticket: a staff member, an API client or the system; kept with every entry.</summary>
internal sealed record TicketActor(string Label, Guid? StaffId, string Name);
