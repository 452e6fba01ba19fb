using Huiyin.BuildingBlocks.Outbox;

namespace Huiyin.Organization.Contracts;

/// <summary>A staff member got an account.</summary>
public sealed record StaffMemberRegistered(
    Guid StaffId, string Username, string DisplayName, string ServiceNumber, IReadOnlyList<StaffRole> Roles, Guid? TeamId, DateTimeOffset OccurredAt)
    : IntegrationEvent(OccurredAt);
