using Huiyin.Tickets.Contracts;
using Huiyin.Tickets.Domain;
using Huiyin.Tickets.Persistence;
using MediatR;
using Microsoft.EntityFrameworkCore;

namespace Huiyin.Tickets.Features;

internal sealed class ListResolvedTicketsHandler(TicketsDbContext db) : IRequestHandler<ListResolvedTickets, IReadOnlyList<ResolvedTicket>>
{
    public async Task<IReadOnlyList<ResolvedTicket>> Handle(ListResolvedTickets request, CancellationToken cancellationToken) =>
        await db.Tickets.AsNoTracking()
            .Where(t => t.ResolvedAt != null && (t.Status == TicketStatus.Resolved || t.Status == TicketStatus.Closed) && t.CustomerId != CreateInternalTicket.NoCustomer)
            .OrderBy(t => t.ResolvedAt).ThenBy(t => t.Id)
            .Take(request.Limit)
            .Select(t => new ResolvedTicket(t.Id.Value, t.Number, t.CustomerId, t.ResolutionSummary, t.Status == TicketStatus.Closed))
            .ToListAsync(cancellationToken);
}
