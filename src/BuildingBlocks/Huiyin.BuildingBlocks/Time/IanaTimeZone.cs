using FluentValidation;

namespace Huiyin.BuildingBlocks.Time;

/// <summary>
/// Time zones as the desk names them: IANA names (Asia/Shanghai), which PostgreSQL and browsers know too, never Windows ids
/// (China Standard Time), which only .NET would.
/// </summary>
public static class IanaTimeZone
{
    /// <summary>The zone <paramref name="name"/> names, or null when it is not a known IANA name.</summary>
    public static TimeZoneInfo? Find(string? name) =>
        !string.IsNullOrWhiteSpace(name) && TimeZoneInfo.TryFindSystemTimeZoneById(name, out var zone) && zone.HasIanaId ? zone : null;

    /// <summary>An absent zone passes (its owner's default applies); a given one must be a known IANA name.</summary>
    public static IRuleBuilderOptions<T, string?> MustBeAnIanaTimeZone<T>(this IRuleBuilder<T, string?> rule) =>
        rule.Must(name => name is null || Find(name) is not null)
            .WithMessage($"'{{PropertyValue}}' is not a known time zone; use an IANA name such as {DeskTime.DefaultZone}.")
            .WithErrorCode("unknown_time_zone");
}
