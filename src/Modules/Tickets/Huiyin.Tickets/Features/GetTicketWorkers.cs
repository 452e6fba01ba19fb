using Huiyin.BuildingBlocks.Security;
using Huiyin.Tickets.Contracts;
using Huiyin.Tickets.Domain;
using Huiyin.Tickets.Persistence;
using MediatR;
using Microsoft.EntityFrameworkCore;

namespace Huiyin.Tickets.Features;

internal sealed class GetTicketWorkersHandler(TicketsDbContext db) : IRequestHandler<GetTicketWorkers, IReadOnlyList<Guid>>
{
    private const string StaffPrefix = HuiyinClaims.StaffActor + ":";

    public async Task<IReadOnlyList<Guid>> Handle(GetTicketWorkers request, CancellationToken cancellationToken)
    {
        var ticket = await db.Tickets.AsNoTracking().Where(t => t.Id == new TicketId(request.TicketId))
            .Select(t => new { t.TechnicianIds, t.CreatedBy }).SingleOrDefaultAsync(cancellationToken);
        if (ticket is null)
        {
            return [];
        }

        var takenInBy = ticket.CreatedBy.StartsWith(StaffPrefix, StringComparison.Ordinal) && Guid.TryParse(ticket.CreatedBy[StaffPrefix.Length..], out var staffId)
            ? [staffId]
            : Array.Empty<Guid>();
        return ticket.TechnicianIds.Concat(takenInBy).Distinct().ToList();
    }
}
