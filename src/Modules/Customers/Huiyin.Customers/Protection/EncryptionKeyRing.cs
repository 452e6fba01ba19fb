using System.Globalization;
using System.Security.Cryptography;
using Microsoft.Extensions.Configuration;

namespace Huiyin.Customers.Protection;

/// <summary>
/// The customer-data keys from configuration: <c>Customers:EncryptionKeys:&lt;id&gt;</c> (ids 1–255, 32 random bytes in
/// base64 each) and <c>Customers:ActiveKeyId</c>, the one new values are sealed with (the highest id when not set).
/// <c>Customers:EncryptionKey</c> alone is key 1, as a single-key installation has always configured it.
/// </summary>
internal sealed record EncryptionKeyRing(IReadOnlyDictionary<byte, byte[]> Secrets, byte ActiveKeyId)
{
    public const int KeyBytes = 32;
    public const string SingleKey = "Customers:EncryptionKey";
    public const string KeysSection = "Customers:EncryptionKeys";
    public const string ActiveKey = "Customers:ActiveKeyId";

    public static EncryptionKeyRing FromConfiguration(IConfiguration configuration, bool isDevelopment)
    {
        var secrets = new Dictionary<byte, byte[]>();
        if (!string.IsNullOrWhiteSpace(configuration[SingleKey]))
        {
            secrets[1] = Decode(SingleKey, configuration[SingleKey]!);
        }

        foreach (var key in configuration.GetSection(KeysSection).GetChildren())
        {
            if (!byte.TryParse(key.Key, NumberStyles.None, CultureInfo.InvariantCulture, out var id) || id == 0)
            {
                throw new InvalidOperationException($"{KeysSection}:{key.Key}: a key id is a number from 1 to 255.");
            }

            var secret = Decode($"{KeysSection}:{id}", key.Value ?? "");
            if (secrets.TryGetValue(id, out var other) && !other.SequenceEqual(secret))
            {
                throw new InvalidOperationException($"{SingleKey} is key 1 and {KeysSection}:1 differs from it: configure key 1 once.");
            }

            secrets[id] = secret;
        }

        if (secrets.Count == 0)
        {
            return isDevelopment
                ? new EncryptionKeyRing(new Dictionary<byte, byte[]> { [1] = RandomNumberGenerator.GetBytes(KeyBytes) }, 1) // readable only while this process runs
                : throw new InvalidOperationException($"{SingleKey} (or {KeysSection}:<id>) is required outside Development ({KeyBytes} random bytes, base64, the same on every replica).");
        }

        var active = configuration[ActiveKey] is { Length: > 0 } configured
            ? byte.TryParse(configured, NumberStyles.None, CultureInfo.InvariantCulture, out var activeId) && secrets.ContainsKey(activeId)
                ? activeId
                : throw new InvalidOperationException($"{ActiveKey} is {configured}, which is not one of the configured keys ({string.Join(", ", secrets.Keys.Order())}).")
            : secrets.Keys.Max();
        return new EncryptionKeyRing(secrets, active);
    }

    private static byte[] Decode(string name, string value)
    {
        byte[] secret;
        try
        {
            secret = Convert.FromBase64String(value);
        }
        catch (FormatException)
        {
            throw new InvalidOperationException($"{name} is not base64.");
        }

        return secret.Length == KeyBytes ? secret : throw new InvalidOperationException($"{name} must be {KeyBytes} bytes, base64-encoded.");
    }
}
