using Huiyin.BuildingBlocks.Messaging;
using Huiyin.BuildingBlocks.Results;

namespace Huiyin.Tickets.Contracts;

/// <summary>
/// A ticket turned into a complaint: the ticket's work ends there (cancelled with the complaint's number as the reason, its clocks
/// stopped). Refused with a 400 on <c>ticketId</c> when there is no such ticket or it is another customer's, and a 409
/// <c>ticket_not_open</c> when the ticket is already resolved, closed or cancelled.
/// </summary>
public sealed record TransferTicketToComplaint(Guid TicketId, Guid CustomerId, string ComplaintNumber) : ICommand<Result>;
