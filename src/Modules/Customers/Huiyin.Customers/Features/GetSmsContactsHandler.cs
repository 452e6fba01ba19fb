using Huiyin.Customers.Contracts;
using Huiyin.Customers.Domain;
using Huiyin.Customers.Persistence;
using MediatR;
using Microsoft.EntityFrameworkCore;

namespace Huiyin.Customers.Features;

/// <summary>Answers other modules' <see cref="GetSmsContacts"/>, reading only the phones and the consent.</summary>
internal sealed class GetSmsContactsHandler(CustomersDbContext db) : IRequestHandler<GetSmsContacts, IReadOnlyList<SmsContact>>
{
    public async Task<IReadOnlyList<SmsContact>> Handle(GetSmsContacts request, CancellationToken cancellationToken)
    {
        var ids = request.CustomerIds.Take(GetSmsContacts.MostCustomers).Select(id => new CustomerId(id)).ToList();
        var customers = await db.Customers.AsNoTracking().Where(c => ids.Contains(c.Id) && c.ArchivedAt == null)
            .Select(c => new { c.Id, c.Phones, c.SmsConsent }).ToListAsync(cancellationToken);
        return customers.Select(c => CustomerKeys.TextedMobile(c.Phones) is { } mobile
                ? new SmsContact(c.Id.Value, mobile, CustomerKeys.MaskPhone(mobile), c.SmsConsent)
                : new SmsContact(c.Id.Value, null, null, c.SmsConsent))
            .ToList();
    }
}
