using MediatR;

namespace Huiyin.Customers.Contracts;

/// <summary>
/// Whether each of <paramref name="CustomerIds"/> (at most 1,000) may be sent a text message and where: the customers that exist
/// and are not archived, in no particular order.
/// </summary>
public sealed record GetSmsContacts(IReadOnlyCollection<Guid> CustomerIds) : IRequest<IReadOnlyList<SmsContact>>
{
    public const int MostCustomers = 1000;
}

/// <summary>
/// A customer's first mobile phone (<paramref name="Mobile"/>, null when they gave only landlines) shown as 138****5678 in
/// <paramref name="MaskedMobile"/>, and whether they agreed to text messages.
/// </summary>
public sealed record SmsContact(Guid CustomerId, string? Mobile, string? MaskedMobile, bool SmsConsent);
