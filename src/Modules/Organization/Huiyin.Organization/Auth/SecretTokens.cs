using System.Security.Cryptography;
using System.Text;
using Microsoft.AspNetCore.WebUtilities;

namespace Huiyin.Organization.Auth;

/// <summary>Random bearer secrets (refresh tokens, API keys) and the one-way hash under which they are stored.</summary>
internal static class SecretTokens
{
    public static string New(string prefix = "") => prefix + WebEncoders.Base64UrlEncode(RandomNumberGenerator.GetBytes(32));

    public static string Hash(string token) => Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(token)));
}
