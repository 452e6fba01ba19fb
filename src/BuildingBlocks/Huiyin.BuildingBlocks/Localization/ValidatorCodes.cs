namespace Huiyin.BuildingBlocks.Localization;

/// <summary>
/// Stable field-error codes for FluentValidation's built-in rules (whose own codes name their classes);
/// a custom rule brings its own code with <c>WithErrorCode</c>.
/// </summary>
public static class ValidatorCodes
{
    public const string Predicate = "PredicateValidator";
    public const string AsyncPredicate = "AsyncPredicateValidator";

    private static readonly Dictionary<string, string> BuiltIn = new(StringComparer.Ordinal)
    {
        ["NotEmptyValidator"] = "required",
        ["NotNullValidator"] = "required",
        ["EmptyValidator"] = "must_be_empty",
        ["NullValidator"] = "must_be_empty",
        ["MaximumLengthValidator"] = "too_long",
        ["MinimumLengthValidator"] = "too_short",
        ["LengthValidator"] = "length",
        ["ExactLengthValidator"] = "exact_length",
        ["EmailValidator"] = "email_format",
        ["RegularExpressionValidator"] = "format",
        ["GreaterThanValidator"] = "greater_than",
        ["GreaterThanOrEqualValidator"] = "at_least",
        ["LessThanValidator"] = "less_than",
        ["LessThanOrEqualValidator"] = "at_most",
        ["InclusiveBetweenValidator"] = "out_of_range",
        ["ExclusiveBetweenValidator"] = "out_of_range",
        ["EnumValidator"] = "unknown_value",
        ["StringEnumValidator"] = "unknown_value",
        ["EqualValidator"] = "must_equal",
        ["NotEqualValidator"] = "must_differ",
        ["ScalePrecisionValidator"] = "precision",
        ["PrecisionScaleValidator"] = "precision",
        ["CreditCardValidator"] = "credit_card_format",
        [Predicate] = "invalid",
        [AsyncPredicate] = "invalid",
    };

    public static IReadOnlyCollection<string> All => BuiltIn.Values;

    /// <summary>The stable code of a failure: a built-in rule's mapped code, or the custom rule's own.</summary>
    public static string Of(string errorCode) => BuiltIn.GetValueOrDefault(errorCode, errorCode);
}
