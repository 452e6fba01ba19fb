using Huiyin.BuildingBlocks.Messaging;

namespace Huiyin.Tickets.Contracts;

/// <summary>The staff working on a ticket: the technicians dispatched to it, and the staff member who took it in. Empty for an unknown ticket.</summary>
public sealed record GetTicketWorkers(Guid TicketId) : IQuery<IReadOnlyList<Guid>>;
