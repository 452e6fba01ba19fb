using System.Text.RegularExpressions;

namespace Huiyin.BuildingBlocks.Auditing;

/// <summary>
/// What an audit record never shows: passwords, secrets, hashes, tokens, ID numbers and bank accounts (even their masked
/// forms) and any binary value (ciphertexts, blind indexes). Such a value is written as <see cref="Masked"/>.
/// </summary>
internal static partial class SensitiveValueMask
{
    public const string Masked = "***";

    public static object? Apply(string propertyName, object? value) =>
        value is byte[] || (value is string && SensitiveName().IsMatch(propertyName)) ? Masked : value;

    [GeneratedRegex("password|secret|hash|token|idnumber|bankaccount|signingkey|^key$", RegexOptions.IgnoreCase)]
    private static partial Regex SensitiveName();
}
