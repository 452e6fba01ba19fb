using Huiyin.BuildingBlocks.Outbox;

namespace Huiyin.Organization.Contracts;

/// <summary>A staff member was deactivated (left, on leave) or activated again.</summary>
public sealed record StaffMemberActiveChanged(Guid StaffId, bool Active, DateTimeOffset OccurredAt) : IntegrationEvent(OccurredAt);
