using Huiyin.BuildingBlocks.Outbox;

namespace Huiyin.Customers.Contracts;

/// <summary>A customer was registered. <paramref name="Type"/> is Owner, Resident, Tenant, Merchant or Enterprise.</summary>
public sealed record CustomerRegistered(
    Guid CustomerId, string Number, string Name, string Type, int? Tier, bool Vip, Guid? AccountManagerId, DateTimeOffset OccurredAt)
    : IntegrationEvent(OccurredAt);

/// <summary>A customer's profile changed; <paramref name="ChangedFields"/> names the fields (camelCase).</summary>
public sealed record CustomerUpdated(Guid CustomerId, IReadOnlyList<string> ChangedFields, DateTimeOffset OccurredAt)
    : IntegrationEvent(OccurredAt);

/// <summary>A customer's tier changed (an approved grading run, or a person's VIP flag); open work re-evaluates its priority.</summary>
public sealed record CustomerTierChanged(Guid CustomerId, int? PreviousTier, int? Tier, bool Vip, DateTimeOffset OccurredAt)
    : IntegrationEvent(OccurredAt);

/// <summary>A customer was archived (moved out, contract ended); the file is kept, never deleted.</summary>
public sealed record CustomerArchived(Guid CustomerId, DateTimeOffset OccurredAt) : IntegrationEvent(OccurredAt);
