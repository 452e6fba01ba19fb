using System.Security.Cryptography;
using System.Text;

namespace Huiyin.Notifications.Senders.Aliyun;

/// <summary>
/// Alibaba Cloud's RPC request signature, version 1.0 with HMAC-SHA1: parameters sorted by name and percent-encoded (RFC 3986
/// unreserved characters kept, everything else as %XY of its UTF-8 bytes), the string to sign
/// <c>METHOD&amp;%2F&amp;encode(query)</c>, keyed with the AccessKey secret followed by "&amp;".
/// </summary>
internal static class AliyunSignature
{
    public static string CanonicalQuery(IEnumerable<KeyValuePair<string, string>> parameters) =>
        string.Join('&', parameters.OrderBy(p => p.Key, StringComparer.Ordinal).Select(p => $"{PercentEncode(p.Key)}={PercentEncode(p.Value)}"));

    public static string Sign(string method, string canonicalQuery, string accessKeySecret)
    {
        var stringToSign = $"{method}&{PercentEncode("/")}&{PercentEncode(canonicalQuery)}";
        return Convert.ToBase64String(HMACSHA1.HashData(Encoding.UTF8.GetBytes(accessKeySecret + "&"), Encoding.UTF8.GetBytes(stringToSign)));
    }

    public static string PercentEncode(string value)
    {
        var encoded = new StringBuilder(value.Length * 2);
        foreach (var b in Encoding.UTF8.GetBytes(value))
        {
            if (char.IsAsciiLetterOrDigit((char)b) || b is (byte)'-' or (byte)'_' or (byte)'.' or (byte)'~')
            {
                encoded.Append((char)b);
            }
            else
            {
                encoded.Append('%').Append(b.ToString("X2", System.Globalization.CultureInfo.InvariantCulture));
            }
        }

        return encoded.ToString();
    }
}
