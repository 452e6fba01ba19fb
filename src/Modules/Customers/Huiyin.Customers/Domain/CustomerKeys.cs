using System.Text;
using System.Text.RegularExpressions;

namespace Huiyin.Customers.Domain;

/// <summary>
/// The normalised forms of the keys that identify a customer (phone, ID-document number, bank account),
/// used for duplicate detection and exact search, and the checks that say whether a value can be one.
/// </summary>
internal static partial class CustomerKeys
{
    private const string ResidentIdCheckChars = "10X98765432";
    private const string CreditCodeChars = "0123456789ABCDEFGHJKLMNPQRTUWXY";
    private static readonly int[] ResidentIdWeights = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2];
    private static readonly int[] CreditCodeWeights = [1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28];

    /// <summary>Digits only, without the country code: "+86 138-1234-5678" → "13812345678", "+86 21 6123 4567" → "02161234567".</summary>
    public static string NormalizePhone(string phone)
    {
        var digits = new StringBuilder(phone.Length);
        foreach (var c in phone.Trim())
        {
            if (char.IsAsciiDigit(c))
            {
                digits.Append(c);
            }
            else if (c is not (' ' or '-' or '(' or ')' or '+'))
            {
                return phone.Trim();
            }
        }

        var value = digits.ToString();
        var international = phone.TrimStart().StartsWith('+') || value.StartsWith("0086", StringComparison.Ordinal);
        if (value.StartsWith("0086", StringComparison.Ordinal))
        {
            value = value[4..];
        }
        else if (international && value.StartsWith("86", StringComparison.Ordinal))
        {
            value = value[2..];
        }

        // A landline written internationally loses its trunk prefix 0: +86 21 … is 021 ….
        return international && value.Length > 0 && value[0] is not ('0' or '1' or '4' or '8') ? "0" + value : value;
    }

    /// <summary>A mainland mobile (1xx xxxx xxxx), a landline with its area code, or a 400/800 service number.</summary>
    public static bool IsPhone(string normalized) => PhonePattern().IsMatch(normalized);

    /// <summary>A mainland mobile, the only phone a text message reaches.</summary>
    public static bool IsMobile(string normalized) => normalized.Length == 11 && normalized[0] == '1' && IsPhone(normalized);

    /// <summary>The mobile a customer's text messages go to: the first of their phones that is one.</summary>
    public static string? TextedMobile(IEnumerable<string> normalizedPhones) => normalizedPhones.FirstOrDefault(IsMobile);

    public static string NormalizeIdNumber(string idNumber) => idNumber.Trim().Replace(" ", "", StringComparison.Ordinal).ToUpperInvariant();

    /// <summary>GB 11643-1999: 17 digits and a check character from the weighted sum modulo 11.</summary>
    public static bool IsResidentIdNumber(string normalized)
    {
        if (!ResidentIdPattern().IsMatch(normalized))
        {
            return false;
        }

        var sum = 0;
        for (var i = 0; i < 17; i++)
        {
            sum += (normalized[i] - '0') * ResidentIdWeights[i];
        }

        return normalized[17] == ResidentIdCheckChars[sum % 11];
    }

    /// <summary>GB 32100-2015 unified social credit code of an organisation: 18 characters, the last a weighted check modulo 31.</summary>
    public static bool IsCreditCode(string normalized)
    {
        if (normalized.Length != 18 || normalized.Any(c => !CreditCodeChars.Contains(c, StringComparison.Ordinal)))
        {
            return false;
        }

        var sum = 0;
        for (var i = 0; i < 17; i++)
        {
            sum += CreditCodeChars.IndexOf(normalized[i], StringComparison.Ordinal) * CreditCodeWeights[i];
        }

        var check = (31 - (sum % 31)) % 31;
        return normalized[17] == CreditCodeChars[check];
    }

    public static string NormalizeBankAccount(string account) =>
        account.All(c => char.IsAsciiDigit(c) || c is ' ' or '-') ? new string(account.Where(char.IsAsciiDigit).ToArray()) : account.Trim();

    /// <summary>Bank accounts and card numbers: 8 to 32 digits.</summary>
    public static bool IsBankAccount(string normalized) => normalized.Length is >= 8 and <= 32 && normalized.All(char.IsAsciiDigit);

    /// <summary>The first and last four characters, the rest starred: 3301**********1234.</summary>
    public static string Mask(string value) =>
        value.Length <= 8 ? new string('*', value.Length) : value[..4] + new string('*', value.Length - 8) + value[^4..];

    /// <summary>Whether a value is shown masked, as <see cref="Mask"/> writes it.</summary>
    public static bool IsMasked(string value) => value.Contains('*', StringComparison.Ordinal);

    /// <summary>A phone as shown among duplicates: 138****5678.</summary>
    public static string MaskPhone(string phone) =>
        phone.Length <= 7 ? new string('*', phone.Length) : phone[..3] + new string('*', phone.Length - 7) + phone[^4..];

    [GeneratedRegex(@"^(1[3-9]\d{9}|0\d{9,11}|[48]00\d{7})$")]
    private static partial Regex PhonePattern();

    [GeneratedRegex(@"^\d{17}[\dX]$")]
    private static partial Regex ResidentIdPattern();
}
