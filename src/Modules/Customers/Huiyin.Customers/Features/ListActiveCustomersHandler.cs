using Huiyin.Customers.Contracts;
using Huiyin.Customers.Persistence;
using MediatR;
using Microsoft.EntityFrameworkCore;

namespace Huiyin.Customers.Features;

/// <summary>Answers other modules' <see cref="ListActiveCustomers"/> and <see cref="CountActiveCustomers"/>, reading only the columns they need.</summary>
internal sealed class ListActiveCustomersHandler(CustomersDbContext db)
    : IRequestHandler<ListActiveCustomers, IReadOnlyList<ActiveCustomer>>, IRequestHandler<CountActiveCustomers, int>
{
    public async Task<IReadOnlyList<ActiveCustomer>> Handle(ListActiveCustomers request, CancellationToken cancellationToken) =>
        (await db.Customers.AsNoTracking()
            .Where(c => c.ArchivedAt == null && c.Sequence > request.AfterSequence)
            .OrderBy(c => c.Sequence)
            .Take(Math.Clamp(request.Limit, 1, ListActiveCustomers.MostCustomers))
            .Select(c => new { c.Id, c.Sequence, c.Tier, c.AccountManagerId })
            .ToListAsync(cancellationToken))
        .Select(c => new ActiveCustomer(c.Id.Value, c.Sequence, c.Tier, c.AccountManagerId)).ToList();

    public Task<int> Handle(CountActiveCustomers request, CancellationToken cancellationToken) =>
        db.Customers.CountAsync(c => c.ArchivedAt == null, cancellationToken);
}
