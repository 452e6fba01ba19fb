using MediatR;

namespace Huiyin.Organization.Contracts;

/// <summary>
/// Active staff as other modules show them (a dispatch board, a reviewer's team): those holding
/// <paramref name="Role"/> when given, those with the given ids when given, both when both.
/// </summary>
public sealed record GetStaffCards(StaffRole? Role = null, IReadOnlyCollection<Guid>? StaffIds = null) : IRequest<IReadOnlyList<StaffCard>>;

/// <summary>A staff member in brief: skills are repair categories in lower case (<c>plumbing</c>).</summary>
public sealed record StaffCard(
    Guid Id, string DisplayName, string ServiceNumber, Guid? TeamId, string? TeamName, IReadOnlyList<StaffRole> Roles, IReadOnlyList<string> Skills);
