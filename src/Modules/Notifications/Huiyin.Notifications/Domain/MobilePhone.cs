using System.Text.RegularExpressions;

namespace Huiyin.Notifications.Domain;

/// <summary>Mainland China mobile numbers, the only ones a text message can go to here.</summary>
internal static partial class MobilePhone
{
    /// <summary>"+86 138-1234-5678" → "13812345678"; null when it is not an 11-digit mobile number.</summary>
    public static string? Normalize(string? phone)
    {
        var digits = Separators().Replace(phone ?? "", "");
        if (digits.StartsWith('+'))
        {
            digits = digits[1..];
        }

        if (digits.Length == 15 && digits.StartsWith("0086", StringComparison.Ordinal))
        {
            digits = digits[4..];
        }
        else if (digits.Length == 13 && digits.StartsWith("86", StringComparison.Ordinal))
        {
            digits = digits[2..];
        }

        return Mobile().IsMatch(digits) ? digits : null;
    }

    /// <summary>All but the last four digits hidden: "*******5678".</summary>
    public static string Mask(string phone) =>
        phone.Length <= 4 ? new string('*', phone.Length) : new string('*', phone.Length - 4) + phone[^4..];

    [GeneratedRegex(@"[\s\-()]")]
    private static partial Regex Separators();

    [GeneratedRegex(@"^1[3-9][0-9]{9}$")]
    private static partial Regex Mobile();
}
