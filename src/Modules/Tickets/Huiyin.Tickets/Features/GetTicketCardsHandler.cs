using Huiyin.Tickets.Contracts;
using Huiyin.Tickets.Domain;
using Huiyin.Tickets.Features.Shared;
using Huiyin.Tickets.Persistence;
using MediatR;
using Microsoft.EntityFrameworkCore;

namespace Huiyin.Tickets.Features;

internal sealed class GetTicketCardsHandler(TicketsDbContext db, TicketSites sites) : IRequestHandler<GetTicketCards, IReadOnlyList<TicketCard>>
{
    public async Task<IReadOnlyList<TicketCard>> Handle(GetTicketCards request, CancellationToken cancellationToken)
    {
        var ids = request.TicketIds.Select(id => new TicketId(id)).ToList();
        var tickets = await db.Tickets.AsNoTracking().Where(t => ids.Contains(t.Id))
            .Select(t => new { t.Id, t.Number, t.Status, t.Category, t.TeamId, t.UnitId }).ToListAsync(cancellationToken);
        var siteOf = await sites.OfEachAsync(tickets.Select(t => t.UnitId), cancellationToken);
        return tickets.Select(t => new TicketCard(t.Id.Value, t.Number, t.Status.ToString(), t.Category.ToString(), TicketLifecycle.IsOpen(t.Status),
            t.TeamId, siteOf(t.UnitId))).ToList();
    }
}
