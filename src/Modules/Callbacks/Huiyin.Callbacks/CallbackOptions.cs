using Microsoft.Extensions.Configuration;

namespace Huiyin.Callbacks;

/// <summary>
/// <c>Callbacks:ThrottleDays</c>: a customer is not surveyed twice for the same reason within that many days (30 by default);
/// <c>Callbacks:CalendarId</c>: the business calendar whose working days callbacks fall on (Monday to Friday without one);
/// <c>Callbacks:CompanyName</c> (or <c>Notifications:CompanyName</c>): the company the caller greets in the name of.
/// </summary>
internal sealed record CallbackOptions(int ThrottleDays, Guid? CalendarId, string CompanyName)
{
    public const int DefaultThrottleDays = 30;

    public static CallbackOptions From(IConfiguration configuration) => new(
        configuration.GetValue<int?>("Callbacks:ThrottleDays") ?? DefaultThrottleDays,
        configuration.GetValue<Guid?>("Callbacks:CalendarId"),
        configuration["Callbacks:CompanyName"] ?? configuration["Notifications:CompanyName"] ?? "");
}
