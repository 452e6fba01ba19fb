using Huiyin.Facilities.Contracts;
using Huiyin.Tickets.Domain;
using MediatR;

namespace Huiyin.Tickets.Features.Shared;

/// <summary>The sites of tickets' units, as Facilities knows them; a ticket without a unit, or with one Facilities does not know, has none.</summary>
internal sealed class TicketSites(IMediator mediator)
{
    public async Task<Guid?> OfAsync(Ticket ticket, CancellationToken cancellationToken) =>
        UnitOf(ticket.UnitId) is { } unitId ? (await mediator.Send(new GetUnitAddress(unitId), cancellationToken))?.SiteId : null;

    /// <summary>The sites of many tickets' units (<see cref="Ticket.UnitId"/>), looked up at once: answers each unit's.</summary>
    public async Task<Func<string?, Guid?>> OfEachAsync(IEnumerable<string?> ticketUnitIds, CancellationToken cancellationToken)
    {
        var unitIds = ticketUnitIds.Select(UnitOf).OfType<Guid>().Distinct().ToList();
        var sites = unitIds.Count == 0 ? new Dictionary<Guid, Guid>()
            : (await mediator.Send(new GetUnitsAddresses(unitIds), cancellationToken)).ToDictionary(a => a.UnitId, a => a.SiteId);
        return unit => UnitOf(unit) is { } unitId && sites.TryGetValue(unitId, out var site) ? site : null;
    }

    private static Guid? UnitOf(string? ticketUnitId) => Guid.TryParse(ticketUnitId, out var unitId) ? unitId : null;
}
