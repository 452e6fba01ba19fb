using System.Security.Cryptography;
using System.Text;

namespace Huiyin.Notifications.Domain.Webhooks;

/// <summary>
/// The Standard Webhooks signature: <c>v1,</c> and the base64 HMAC-SHA256, keyed by the secret's bytes, of
/// <c>{id}.{timestamp}.{body}</c>; several secrets give several signatures separated by spaces.
/// </summary>
internal static class WebhookSignature
{
    public static string Sign(string secret, string id, long timestamp, string body)
    {
        var signed = Encoding.UTF8.GetBytes($"{id}.{timestamp}.{body}");
        return "v1," + Convert.ToBase64String(HMACSHA256.HashData(WebhookSecret.KeyOf(secret), signed));
    }

    public static string Header(IEnumerable<string> secrets, string id, long timestamp, string body) =>
        string.Join(' ', secrets.Select(secret => Sign(secret, id, timestamp, body)));
}
