using Huiyin.BuildingBlocks.Security;
using Huiyin.Tickets.Domain;

namespace Huiyin.Tickets.Features.Shared;

/// <summary>The caller as the ticket records them.</summary>
internal sealed class TicketActors(ICurrentUser user)
{
    public TicketActor Current => new(user.Actor, user.IsApiClient ? null : user.Id, user.Name ?? user.Actor);
}
