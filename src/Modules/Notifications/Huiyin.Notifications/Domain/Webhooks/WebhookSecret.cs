using System.Security.Cryptography;

namespace Huiyin.Notifications.Domain.Webhooks;

/// <summary>An endpoint's signing secret in the Standard Webhooks form: <c>whsec_</c> and the base64 of 24 random bytes.</summary>
internal static class WebhookSecret
{
    public const string Prefix = "whsec_";
    private const int Bytes = 24;

    public static string New() => Prefix + Convert.ToBase64String(RandomNumberGenerator.GetBytes(Bytes));

    /// <summary>The key the HMAC uses: the decoded bytes after the prefix.</summary>
    public static byte[] KeyOf(string secret) =>
        Convert.FromBase64String(secret.StartsWith(Prefix, StringComparison.Ordinal) ? secret[Prefix.Length..] : secret);
}
