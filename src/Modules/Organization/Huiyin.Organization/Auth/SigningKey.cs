using System.Security.Cryptography;
using System.Text;
using Microsoft.IdentityModel.Tokens;

namespace Huiyin.Organization.Auth;

/// <summary>The key that signs and checks access tokens.</summary>
internal sealed class SigningKey(SymmetricSecurityKey key)
{
    public const int MinimumBytes = 32;

    public SymmetricSecurityKey Key { get; } = key;

    public static SigningKey FromConfiguration(string? configured, bool isDevelopment)
    {
        if (!string.IsNullOrWhiteSpace(configured))
        {
            var bytes = Encoding.UTF8.GetBytes(configured);
            if (bytes.Length < MinimumBytes)
            {
                throw new InvalidOperationException($"Auth:SigningKey must be at least {MinimumBytes} bytes long.");
            }

            return new SigningKey(new SymmetricSecurityKey(bytes));
        }

        if (!isDevelopment)
        {
            throw new InvalidOperationException("Auth:SigningKey is required outside Development (at least 32 bytes, the same on every replica).");
        }

        // Development without a configured key: tokens stay valid only while this process runs.
        return new SigningKey(new SymmetricSecurityKey(RandomNumberGenerator.GetBytes(MinimumBytes)));
    }
}
