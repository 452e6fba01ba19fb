using MediatR;

namespace Huiyin.Customers.Contracts;

/// <summary>
/// Active customers in registration order after the one numbered <paramref name="AfterSequence"/> (0 for the first), at most
/// <paramref name="Limit"/> (up to <see cref="MostCustomers"/>): for work planned for every customer, a page at a time.
/// </summary>
public sealed record ListActiveCustomers(long AfterSequence, int Limit) : IRequest<IReadOnlyList<ActiveCustomer>>
{
    public const int MostCustomers = 2000;
}

/// <summary>A customer's place in registration order, tier and account manager.</summary>
public sealed record ActiveCustomer(Guid CustomerId, long Sequence, int? Tier, Guid? AccountManagerId);

/// <summary>How many customers are active (not archived).</summary>
public sealed record CountActiveCustomers : IRequest<int>;
