using Huiyin.Knowledge.Domain;
using Huiyin.Organization.Contracts;
using MediatR;

namespace Huiyin.Knowledge.Features.Shared;

internal sealed record EntryResponse(
    Guid Id, KnowledgeKind Kind, string Title, string Body, IReadOnlyList<string> Categories, IReadOnlyList<string> Tags,
    Guid? OwnerId, string? OwnerName, DateOnly ReviewBy, KnowledgeStatus Status, Guid? ApprovedById, DateTimeOffset? ApprovedAt, DateTimeOffset UpdatedAt);

/// <summary>Entries as the API answers them, with their owners' names.</summary>
internal sealed class EntryResponses(IMediator sender)
{
    public async Task<EntryResponse> OfAsync(KnowledgeEntry entry, CancellationToken cancellationToken) =>
        (await OfAsync([entry], cancellationToken))[0];

    public async Task<IReadOnlyList<EntryResponse>> OfAsync(IReadOnlyList<KnowledgeEntry> entries, CancellationToken cancellationToken)
    {
        var owners = entries.Select(e => e.OwnerId).OfType<Guid>().Distinct().ToList();
        var names = owners.Count == 0 ? new Dictionary<Guid, string>()
            : (await sender.Send(new GetStaffCards(StaffIds: owners), cancellationToken)).ToDictionary(c => c.Id, c => c.DisplayName);
        return [.. entries.Select(e => new EntryResponse(
            e.Id.Value, e.Kind, e.Title, e.Body, e.Categories, e.Tags, e.OwnerId, e.OwnerId is { } owner ? names.GetValueOrDefault(owner) : null,
            e.ReviewBy, e.Status, e.ApprovedById, e.ApprovedAt, e.UpdatedAt))];
    }

    /// <summary>Whether <paramref name="ownerId"/> is an active staff member.</summary>
    public async Task<bool> IsStaffAsync(Guid ownerId, CancellationToken cancellationToken) =>
        (await sender.Send(new GetStaffCards(StaffIds: [ownerId]), cancellationToken)).Count == 1;
}
