using System.Security.Cryptography;
using System.Text;

namespace Huiyin.Notifications.Tests.Webhooks;

/// <summary>
/// Checks a delivery the way a receiving system would, from the Standard Webhooks specification alone: any one of the
/// space-separated <c>v1,</c> signatures must equal the HMAC-SHA256 of "id.timestamp.body" keyed by the secret's bytes.
/// </summary>
public static class IndependentVerifier
{
    public static bool Verifies(string secret, ReceivedWebhook webhook) =>
        webhook.Signature.Split(' ').Any(signature => signature == Expected(secret, webhook));

    private static string Expected(string secret, ReceivedWebhook webhook)
    {
        using var hmac = new HMACSHA256(Convert.FromBase64String(secret["whsec_".Length..]));
        var digest = hmac.ComputeHash(Encoding.UTF8.GetBytes(webhook.Id + "." + webhook.Timestamp + "." + webhook.Body));
        return "v1," + Convert.ToBase64String(digest);
    }
}
