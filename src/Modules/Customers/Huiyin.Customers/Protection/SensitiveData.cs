using System.Security.Cryptography;
using System.Text;

namespace Huiyin.Customers.Protection;

/// <summary>A sensitive value as stored: AES-256-GCM ciphertext, a blind index for exact matching, and a masked form.</summary>
internal sealed record SealedValue(byte[] Cipher, byte[] Index, string Masked);

/// <summary>
/// Encrypts ID-document numbers and bank accounts at rest (AES-256-GCM: nonce, tag and ciphertext in one
/// <c>bytea</c>) and computes their blind indexes (HMAC-SHA256 of the normalised value), both with keys derived
/// by HKDF from the one secret <c>Customers:EncryptionKey</c>.
/// </summary>
internal sealed class SensitiveData
{
    public const int KeyBytes = 32;
    public const string ConfigurationKey = "Customers:EncryptionKey";
    private const int NonceBytes = 12;
    private const int TagBytes = 16;

    private readonly byte[] _encryptionKey;
    private readonly byte[] _indexKey;

    public SensitiveData(byte[] secret)
    {
        if (secret.Length != KeyBytes)
        {
            throw new InvalidOperationException($"{ConfigurationKey} must be {KeyBytes} bytes, base64-encoded.");
        }

        _encryptionKey = HKDF.DeriveKey(HashAlgorithmName.SHA256, secret, KeyBytes, info: "huiyin-customers-encryption"u8.ToArray());
        _indexKey = HKDF.DeriveKey(HashAlgorithmName.SHA256, secret, KeyBytes, info: "huiyin-customers-blind-index"u8.ToArray());
    }

    public static SensitiveData FromConfiguration(string? configured, bool isDevelopment)
    {
        if (string.IsNullOrWhiteSpace(configured))
        {
            return isDevelopment
                ? new SensitiveData(RandomNumberGenerator.GetBytes(KeyBytes)) // values stay readable only while this process runs
                : throw new InvalidOperationException($"{ConfigurationKey} is required outside Development ({KeyBytes} random bytes, base64, the same on every replica).");
        }

        try
        {
            return new SensitiveData(Convert.FromBase64String(configured));
        }
        catch (FormatException)
        {
            throw new InvalidOperationException($"{ConfigurationKey} is not base64.");
        }
    }

    /// <summary>Seals a normalised value; <paramref name="field"/> is bound to the ciphertext so values cannot be swapped between columns.</summary>
    public SealedValue Seal(string field, string normalized)
    {
        var plain = Encoding.UTF8.GetBytes(normalized);
        var sealedBytes = new byte[NonceBytes + TagBytes + plain.Length];
        var nonce = sealedBytes.AsSpan(0, NonceBytes);
        RandomNumberGenerator.Fill(nonce);
        using var aes = new AesGcm(_encryptionKey, TagBytes);
        aes.Encrypt(nonce, plain, sealedBytes.AsSpan(NonceBytes + TagBytes), sealedBytes.AsSpan(NonceBytes, TagBytes), Encoding.UTF8.GetBytes(field));
        return new SealedValue(sealedBytes, Index(field, normalized), Domain.CustomerKeys.Mask(normalized));
    }

    public string Open(string field, byte[] sealedBytes)
    {
        var plain = new byte[sealedBytes.Length - NonceBytes - TagBytes];
        using var aes = new AesGcm(_encryptionKey, TagBytes);
        aes.Decrypt(
            sealedBytes.AsSpan(0, NonceBytes), sealedBytes.AsSpan(NonceBytes + TagBytes), sealedBytes.AsSpan(NonceBytes, TagBytes), plain, Encoding.UTF8.GetBytes(field));
        return Encoding.UTF8.GetString(plain);
    }

    /// <summary>The blind index: equal normalised values have equal indexes; the index reveals nothing else.</summary>
    public byte[] Index(string field, string normalized) =>
        HMACSHA256.HashData(_indexKey, Encoding.UTF8.GetBytes($"{field}:{normalized}"));
}
