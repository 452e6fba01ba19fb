using Huiyin.Customers.Contracts;
using Huiyin.Customers.Domain;
using Huiyin.Customers.Persistence;
using MediatR;
using Microsoft.EntityFrameworkCore;

namespace Huiyin.Customers.Features;

/// <summary>Answers other modules' <see cref="GetCustomerSummary"/>.</summary>
internal sealed class GetCustomerSummaryHandler(CustomersDbContext db) : IRequestHandler<GetCustomerSummary, CustomerSummary?>
{
    public async Task<CustomerSummary?> Handle(GetCustomerSummary request, CancellationToken cancellationToken)
    {
        var customer = await db.Customers.AsNoTracking().SingleOrDefaultAsync(c => c.Id == new CustomerId(request.CustomerId), cancellationToken);
        return customer is null
            ? null
            : new CustomerSummary(customer.Id.Value, customer.Number, customer.Name, customer.Phones.FirstOrDefault(), customer.Tier, customer.Vip, customer.IsArchived);
    }
}
