using Huiyin.BuildingBlocks.Messaging;

namespace Huiyin.Tickets.Contracts;

/// <summary>Tickets resolved or closed after resolution, earliest resolved first, at most <paramref name="Limit"/>: for other modules' demo data.</summary>
public sealed record ListResolvedTickets(int Limit) : IQuery<IReadOnlyList<ResolvedTicket>>;

/// <summary>A resolved ticket: its number, customer, resolution summary and whether it was closed since.</summary>
public sealed record ResolvedTicket(Guid TicketId, string Number, Guid CustomerId, string? Summary, bool Closed);
