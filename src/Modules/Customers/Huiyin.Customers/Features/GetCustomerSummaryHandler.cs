using Huiyin.Customers.Contracts;
using Huiyin.Customers.Domain;
using Huiyin.Customers.Persistence;
using MediatR;
using Microsoft.EntityFrameworkCore;

namespace Huiyin.Customers.Features;

/// <summary>Answers other modules' <see cref="GetCustomerSummary"/>, <see cref="GetCustomerSummaries"/> and <see cref="ListCustomerSummaries"/>.</summary>
internal sealed class GetCustomerSummaryHandler(CustomersDbContext db)
    : IRequestHandler<GetCustomerSummary, CustomerSummary?>, IRequestHandler<GetCustomerSummaries, IReadOnlyList<CustomerSummary>>,
        IRequestHandler<ListCustomerSummaries, IReadOnlyList<CustomerSummary>>
{
    /// <summary>
    /// Reads only the summary's columns: every intake asks, and the whole customer is many more. The query is compiled once,
    /// so an intake does not translate it again.
    /// </summary>
    private static readonly Func<CustomersDbContext, CustomerId, CancellationToken, Task<SummaryColumns?>> SummaryColumnsOf =
        EF.CompileAsyncQuery((CustomersDbContext context, CustomerId id, CancellationToken _) => context.Customers.Where(c => c.Id == id)
            .Select(c => new SummaryColumns(c.Number, c.Name, c.Phones, c.Tier, c.Vip, c.SmsConsent, c.ArchivedAt != null))
            .SingleOrDefault());

    public async Task<CustomerSummary?> Handle(GetCustomerSummary request, CancellationToken cancellationToken)
    {
        var customer = await SummaryColumnsOf(db, new CustomerId(request.CustomerId), cancellationToken);
        return customer is null
            ? null
            : new CustomerSummary(request.CustomerId, customer.Number, customer.Name, customer.Phones.FirstOrDefault(), customer.Tier, customer.Vip,
                customer.Archived, TextMobile(customer.Phones, customer.SmsConsent));
    }

    public async Task<IReadOnlyList<CustomerSummary>> Handle(GetCustomerSummaries request, CancellationToken cancellationToken)
    {
        var ids = request.CustomerIds.Distinct().Take(GetCustomerSummaries.MostCustomers).Select(id => new CustomerId(id)).ToList();
        return (await db.Customers.AsNoTracking().Where(c => ids.Contains(c.Id)).ToListAsync(cancellationToken)).Select(Summary).ToList();
    }

    public async Task<IReadOnlyList<CustomerSummary>> Handle(ListCustomerSummaries request, CancellationToken cancellationToken) =>
        (await db.Customers.AsNoTracking().Where(c => c.ArchivedAt == null).OrderBy(c => c.Sequence).Take(request.Limit).ToListAsync(cancellationToken))
        .Select(Summary).ToList();

    private static CustomerSummary Summary(Customer c) =>
        new(c.Id.Value, c.Number, c.Name, c.Phones.FirstOrDefault(), c.Tier, c.Vip, c.IsArchived, TextMobile(c.Phones, c.SmsConsent));

    private static string? TextMobile(IEnumerable<string> phones, bool smsConsent) => smsConsent ? CustomerKeys.TextedMobile(phones) : null;

    private sealed record SummaryColumns(string Number, string Name, List<string> Phones, int? Tier, bool Vip, bool SmsConsent, bool Archived);
}
