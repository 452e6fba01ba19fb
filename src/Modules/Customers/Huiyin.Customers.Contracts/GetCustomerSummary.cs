using MediatR;

namespace Huiyin.Customers.Contracts;

/// <summary>What another module may read of a customer synchronously; null when there is no such customer.</summary>
public sealed record GetCustomerSummary(Guid CustomerId) : IRequest<CustomerSummary?>;

/// <summary>
/// A customer's name, first phone, tier and VIP flag, and <paramref name="TextMobile"/>: their first mobile phone when they agreed
/// to text messages, null otherwise. Archived customers are answered too, flagged.
/// </summary>
public sealed record CustomerSummary(Guid CustomerId, string Number, string Name, string? Phone, int? Tier, bool Vip, bool Archived, string? TextMobile = null);

/// <summary>Active customers in registration order, at most <paramref name="Limit"/>: for demo data and pickers of other modules.</summary>
public sealed record ListCustomerSummaries(int Limit) : IRequest<IReadOnlyList<CustomerSummary>>;

/// <summary>The summaries of these customers (those that exist, archived ones flagged), at most <see cref="MostCustomers"/> of them.</summary>
public sealed record GetCustomerSummaries(IReadOnlyCollection<Guid> CustomerIds) : IRequest<IReadOnlyList<CustomerSummary>>
{
    public const int MostCustomers = 500;
}
