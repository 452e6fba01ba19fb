using FluentValidation;

namespace Huiyin.Tickets.Features.Shared;

/// <summary>Field rules the ticket's requests share.</summary>
internal static class TicketRules
{
    public static IRuleBuilderOptions<T, string?> IsOneOf<T, TEnum>(this IRuleBuilder<T, string?> rule)
        where TEnum : struct, Enum =>
        rule.Must(value => value is null || Enum.TryParse<TEnum>(value, ignoreCase: true, out var parsed) && Enum.IsDefined(parsed) && !int.TryParse(value, out _))
            .WithMessage($"{{PropertyName}} must be one of: {string.Join(", ", Enum.GetNames<TEnum>())}.").WithErrorCode("unknown_value");

    public static IRuleBuilderOptions<T, string?> IsRequiredOneOf<T, TEnum>(this IRuleBuilder<T, string?> rule)
        where TEnum : struct, Enum =>
        rule.NotEmpty().IsOneOf<T, TEnum>();

    public static TEnum Parse<TEnum>(string value)
        where TEnum : struct, Enum => Enum.Parse<TEnum>(value, ignoreCase: true);

    public static TEnum? ParseOptional<TEnum>(string? value)
        where TEnum : struct, Enum => string.IsNullOrWhiteSpace(value) ? null : Parse<TEnum>(value);

    /// <summary>A reason or note a person typed: required, trimmed length within bounds.</summary>
    public static IRuleBuilderOptions<T, string?> IsText<T>(this IRuleBuilder<T, string?> rule, int maxLength) =>
        rule.Must(text => !string.IsNullOrWhiteSpace(text)).WithMessage("{PropertyName} is required.").WithErrorCode("required")
            .MaximumLength(maxLength);
}
