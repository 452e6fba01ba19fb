using Huiyin.BuildingBlocks.Security;
using Huiyin.Organization.Contracts;
using MediatR;

namespace Huiyin.Tickets.Features.Shared;

/// <summary>The signed-in staff member's team (from Organization); none for an API client or a staff member without one.</summary>
internal sealed class CallerTeam(IMediator mediator, ICurrentUser user)
{
    public async Task<Guid?> GetAsync(CancellationToken cancellationToken) =>
        user.Id is { } me && !user.IsApiClient
            ? (await mediator.Send(new GetStaffCards(StaffIds: [me]), cancellationToken)).SingleOrDefault()?.TeamId
            : null;
}
