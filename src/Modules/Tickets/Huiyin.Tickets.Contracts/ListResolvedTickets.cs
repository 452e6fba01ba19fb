using Huiyin.BuildingBlocks.Messaging;

namespace Huiyin.Tickets.Contracts;

/// <summary>Customers' tickets resolved or closed after resolution (not the property's own), earliest resolved first, at most <paramref name="Limit"/>: for other modules' demo data.</summary>
public sealed record ListResolvedTickets(int Limit) : IQuery<IReadOnlyList<ResolvedTicket>>;

/// <summary>A resolved ticket: its number, customer, resolution summary and whether it was closed since.</summary>
public sealed record ResolvedTicket(Guid TicketId, string Number, Guid CustomerId, string? Summary, bool Closed);
