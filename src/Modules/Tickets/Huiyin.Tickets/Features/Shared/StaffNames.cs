using Huiyin.Organization.Contracts;
using MediatR;

namespace Huiyin.Tickets.Features.Shared;

internal static class StaffNames
{
    /// <summary>The display names of these staff members by id, as Organization knows them (active staff only).</summary>
    public static async Task<IReadOnlyDictionary<Guid, string>> StaffNamesAsync(this IMediator mediator, IReadOnlyCollection<Guid> staffIds, CancellationToken cancellationToken) =>
        staffIds.Count == 0
            ? new Dictionary<Guid, string>()
            : (await mediator.Send(new GetStaffCards(StaffIds: staffIds), cancellationToken)).ToDictionary(card => card.Id, card => card.DisplayName);
}
