using Huiyin.BuildingBlocks.Messaging;

namespace Huiyin.Tickets.Contracts;

/// <summary>The given tickets in brief, for other modules to show and link (a shift handover's open items). Unknown ids are left out.</summary>
public sealed record GetTicketCards(IReadOnlyCollection<Guid> TicketIds) : IQuery<IReadOnlyList<TicketCard>>;

/// <summary>A ticket's number, status (as in the API), category, whether it is still open, its team and the site of its unit (when it has them).</summary>
public sealed record TicketCard(Guid TicketId, string Number, string Status, string Category, bool Open, Guid? TeamId = null, Guid? SiteId = null);
