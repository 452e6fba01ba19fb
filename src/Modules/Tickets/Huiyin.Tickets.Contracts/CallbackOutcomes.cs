using Huiyin.BuildingBlocks.Messaging;
using Huiyin.BuildingBlocks.Results;

namespace Huiyin.Tickets.Contracts;

/// <summary>
/// What a callback on a resolved ticket decides (PRODUCT.md §2, §5): <paramref name="Reopen"/> when the customer was dissatisfied
/// (satisfaction 1–2), otherwise closed — the customer satisfied, or not reached in three attempts. <paramref name="Reason"/> goes on
/// the timeline. A ticket already closed stays closed; one no longer resolved or closed (reopened meanwhile, cancelled) is left as it is.
/// </summary>
public sealed record SettleTicketAfterCallback(Guid TicketId, bool Reopen, string Reason) : ICommand<Result>;

/// <summary>
/// A new issue the customer raised during a callback becomes a service request on the Phone channel, taken in by the caller.
/// Answers the ticket's id and number.
/// </summary>
public sealed record OpenTicketFromCallback(Guid CustomerId, TicketCategory Category, string Description) : ICommand<Result<InternalTicket>>, IRetriedOnOutdatedCopy;
