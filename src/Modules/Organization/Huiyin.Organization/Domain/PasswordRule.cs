using System.Collections.Frozen;
using Huiyin.BuildingBlocks.Results;

namespace Huiyin.Organization.Domain;

/// <summary>
/// What a password must be wherever one is set: long enough, not the account's own username or service number,
/// and not among the common passwords shipped with the product. Letters-and-digits rules are left out on purpose
/// (OWASP ASVS 2.1.9): length and the common list stop guessing better than composition does.
/// </summary>
internal static class PasswordRule
{
    public const int MinimumLength = 10;

    public const int MaximumLength = 128;

    private static readonly FrozenSet<string> Common = LoadCommonPasswords();

    /// <summary>The first rule <paramref name="password"/> breaks for this account, as a 400 naming <paramref name="field"/>; null when it passes.</summary>
    public static Error? Check(string password, string field, string username, string? serviceNumber)
    {
        if (password.Length < MinimumLength)
        {
            return Error.Validation("password_too_short", field, $"A password has at least {MinimumLength} characters.");
        }

        if (password.Contains(username, StringComparison.OrdinalIgnoreCase))
        {
            return Error.Validation("password_contains_username", field, "A password may not contain the username.");
        }

        if (!string.IsNullOrEmpty(serviceNumber) && password.Contains(serviceNumber, StringComparison.Ordinal))
        {
            return Error.Validation("password_contains_service_number", field, "A password may not contain the service number.");
        }

        return Common.Contains(password)
            ? Error.Validation("password_common", field, "This password is among the most common ones; choose another.")
            : null;
    }

    private static FrozenSet<string> LoadCommonPasswords()
    {
        using var stream = typeof(PasswordRule).Assembly.GetManifestResourceStream("Huiyin.Organization.CommonPasswords.txt")
                           ?? throw new InvalidOperationException("The list of common passwords is missing from the assembly.");
        using var reader = new StreamReader(stream);
        var lines = reader.ReadToEnd().Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        return lines.ToFrozenSet(StringComparer.OrdinalIgnoreCase);
    }
}
