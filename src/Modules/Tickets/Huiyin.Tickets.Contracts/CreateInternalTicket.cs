using Huiyin.BuildingBlocks.Messaging;
using Huiyin.BuildingBlocks.Results;

namespace Huiyin.Tickets.Contracts;

/// <summary>
/// Opens a ticket on the Internal channel for the property's own work, found by staff rather than reported by a customer (a
/// failed inspection item, a maintenance plan's due date). <paramref name="Kind"/> is Repair or ServiceRequest,
/// <paramref name="Category"/> a ticket category (Plumbing, Electrical…). <paramref name="Origin"/> names what opened it
/// (<c>inspection-round:{roundId}/item:{itemId}</c>) and is shown on the ticket; the same origin again answers the ticket it
/// already opened, so a retried caller never opens two. Answers the ticket's id and number.
/// </summary>
public sealed record CreateInternalTicket(
    string Kind, string Category, string Description, Guid? UnitId, string? Location, string Origin) : ICommand<Result<InternalTicket>>
{
    public const int MaxOriginLength = 120;

    /// <summary>The customer id the property's own tickets, and their events, carry: there is no customer, nobody to call back.</summary>
    public static readonly Guid NoCustomer = Guid.Empty;
}

public sealed record InternalTicket(Guid TicketId, string Number);
