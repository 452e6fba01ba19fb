using FluentValidation;
using Huiyin.Organization.Contracts;
using Huiyin.Organization.Domain;

namespace Huiyin.Organization.Features;

/// <summary>The validation rules of staff fields, shared by every use case that sets them.</summary>
internal static class StaffRules
{
    private static readonly string RoleNames = string.Join(", ", Enum.GetNames<StaffRole>());
    private static readonly string SkillNames = string.Join(", ", Skills.Known.Order(StringComparer.Ordinal));

    public static void MustBeAUsername<T>(this IRuleBuilder<T, string> rule) =>
        rule.NotEmpty().WithMessage("Enter a username.")
            .Matches("^[A-Za-z0-9][A-Za-z0-9._-]{2,31}$")
            .WithMessage("A username has 3 to 32 letters, digits, dots, dashes or underscores, and starts with a letter or digit.").WithErrorCode("username_format");

    public static void MustBeADisplayName<T>(this IRuleBuilder<T, string> rule) =>
        rule.NotEmpty().WithMessage("Enter the name shown to colleagues and customers.")
            .MaximumLength(64);

    public static void MustBeAPassword<T>(this IRuleBuilder<T, string> rule) =>
        rule.NotEmpty().WithMessage("Enter a password.")
            .MinimumLength(PasswordRule.MinimumLength).WithMessage($"A password has at least {PasswordRule.MinimumLength} characters.").WithErrorCode("password_too_short")
            .MaximumLength(PasswordRule.MaximumLength);

    public static void MustBeRoles<T>(this IRuleBuilder<T, IReadOnlyList<string>> rule) =>
        rule.NotEmpty().WithMessage("Give at least one role.")
            .ForEach(role => role.IsEnumName(typeof(StaffRole), caseSensitive: false)
                .WithMessage($"'{{PropertyValue}}' is not a role. Use one of: {RoleNames}.").WithErrorCode("unknown_role"));

    public static void MustBeSkills<T>(this IRuleBuilder<T, IReadOnlyList<string>?> rule) =>
        rule.ForEach(skill => skill.Must(Skills.Known.Contains)
            .WithMessage($"'{{PropertyValue}}' is not a skill. Use one of: {SkillNames}.").WithErrorCode("unknown_skill"));

    public static void MustBeAServiceNumber<T>(this IRuleBuilder<T, string?> rule) =>
        rule.Matches("^[0-9]{1,8}$").WithMessage("A service number has 1 to 8 digits.").WithErrorCode("service_number_format");

    public static IReadOnlyList<StaffRole> ParseRoles(IEnumerable<string> roles) =>
        roles.Select(role => Enum.Parse<StaffRole>(role, ignoreCase: true)).Distinct().ToList();

    public static string NormalizeUsername(string username) => username.Trim().ToLowerInvariant();
}
