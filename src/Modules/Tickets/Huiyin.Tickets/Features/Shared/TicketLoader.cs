using Huiyin.BuildingBlocks.Results;
using Huiyin.Tickets.Domain;
using Huiyin.Tickets.Persistence;
using Microsoft.EntityFrameworkCore;

namespace Huiyin.Tickets.Features.Shared;

/// <summary>
/// Loads a ticket to change it. If-Match is honoured when sent (412 when stale) but not demanded: a technician's
/// phone acting on a job should not need a fresh read first; lost updates are still caught by the row version.
/// </summary>
internal sealed class TicketLoader(TicketsDbContext db)
{
    public async Task<Result<Ticket>> ForChangeAsync(Guid id, uint? expectedVersion, CancellationToken cancellationToken)
    {
        var ticket = await db.Tickets.SingleOrDefaultAsync(t => t.Id == new TicketId(id), cancellationToken);
        return ticket is null ? Error.NotFound("Ticket", id)
            : expectedVersion is { } expected && ticket.Version != expected ? Error.Stale()
            : ticket;
    }
}
