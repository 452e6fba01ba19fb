using Huiyin.Tickets.Contracts;
using Huiyin.Tickets.Domain;
using Huiyin.Tickets.Features.Shared;
using Huiyin.Tickets.Persistence;
using MediatR;
using Microsoft.EntityFrameworkCore;

namespace Huiyin.Tickets.Features;

internal sealed class GetTicketWorkersHandler(TicketsDbContext db) : IRequestHandler<GetTicketWorkers, IReadOnlyList<Guid>>
{
    public async Task<IReadOnlyList<Guid>> Handle(GetTicketWorkers request, CancellationToken cancellationToken)
    {
        var ticket = await db.Tickets.AsNoTracking().Where(t => t.Id == new TicketId(request.TicketId))
            .Select(t => new { t.TechnicianIds, t.CreatedBy }).SingleOrDefaultAsync(cancellationToken);
        if (ticket is null)
        {
            return [];
        }

        var takenInBy = TakenIn.By(ticket.CreatedBy) is { } staffId ? [staffId] : Array.Empty<Guid>();
        return ticket.TechnicianIds.Concat(takenInBy).Distinct().ToList();
    }
}
