using System.Security.Cryptography;
using System.Text;

namespace Huiyin.Customers.Protection;

/// <summary>A sensitive value as stored: AES-256-GCM ciphertext, a blind index for exact matching, and a masked form.</summary>
internal sealed record SealedValue(byte[] Cipher, byte[] Index, string Masked)
{
    /// <summary>The id of the key that sealed it (the ciphertext's first byte); its blind index is under the same key.</summary>
    public byte KeyId => Cipher[0];
}

/// <summary>
/// Encrypts ID-document numbers and bank accounts at rest (AES-256-GCM) and computes their blind indexes (HMAC-SHA256
/// of the normalised value), with keys derived by HKDF from the secrets of <see cref="EncryptionKeyRing"/>. A ciphertext
/// is the id of its key (one byte), the nonce, the tag and the encrypted bytes, so every value says which key opens it
/// and several keys can be in use while <c>customers:re-encrypt</c> moves the values to the active one.
/// </summary>
internal sealed class SensitiveData
{
    private const int NonceBytes = 12;
    private const int TagBytes = 16;
    private const int Header = 1 + NonceBytes + TagBytes;

    private readonly Dictionary<byte, DerivedKeys> _keys;

    public SensitiveData(EncryptionKeyRing ring)
    {
        _keys = ring.Secrets.ToDictionary(secret => secret.Key, secret => new DerivedKeys(secret.Value));
        ActiveKeyId = ring.ActiveKeyId;
    }

    public byte ActiveKeyId { get; }

    public IReadOnlyCollection<byte> KeyIds => _keys.Keys;

    /// <summary>Seals a normalised value with the active key; <paramref name="field"/> is bound to the ciphertext so values cannot be swapped between columns.</summary>
    public SealedValue Seal(string field, string normalized)
    {
        var plain = Encoding.UTF8.GetBytes(normalized);
        var sealedBytes = new byte[Header + plain.Length];
        sealedBytes[0] = ActiveKeyId;
        var nonce = sealedBytes.AsSpan(1, NonceBytes);
        RandomNumberGenerator.Fill(nonce);
        using var aes = new AesGcm(_keys[ActiveKeyId].Encryption, TagBytes);
        aes.Encrypt(nonce, plain, sealedBytes.AsSpan(Header), sealedBytes.AsSpan(1 + NonceBytes, TagBytes), Encoding.UTF8.GetBytes(field));
        return new SealedValue(sealedBytes, Index(ActiveKeyId, field, normalized), Domain.CustomerKeys.Mask(normalized));
    }

    public string Open(string field, byte[] sealedBytes)
    {
        var plain = new byte[sealedBytes.Length - Header];
        using var aes = new AesGcm(KeyOf(sealedBytes[0]).Encryption, TagBytes);
        aes.Decrypt(sealedBytes.AsSpan(1, NonceBytes), sealedBytes.AsSpan(Header), sealedBytes.AsSpan(1 + NonceBytes, TagBytes), plain, Encoding.UTF8.GetBytes(field));
        return Encoding.UTF8.GetString(plain);
    }

    /// <summary>The value sealed again with the active key, with its blind index under that key.</summary>
    public SealedValue Reseal(string field, byte[] sealedBytes) => Seal(field, Open(field, sealedBytes));

    /// <summary>
    /// The blind indexes a value has under each configured key: a search or a duplicate check matches any of them, so a
    /// value sealed before a rotation is found while it waits to be re-encrypted.
    /// </summary>
    public byte[][] Indexes(string field, string normalized) => [.. _keys.Keys.Select(key => Index(key, field, normalized))];

    private byte[] Index(byte keyId, string field, string normalized) =>
        HMACSHA256.HashData(_keys[keyId].Index, Encoding.UTF8.GetBytes($"{field}:{normalized}"));

    private DerivedKeys KeyOf(byte keyId) => _keys.TryGetValue(keyId, out var keys)
        ? keys
        : throw new InvalidOperationException($"A value is sealed with customer encryption key {keyId}, which is not configured ({EncryptionKeyRing.KeysSection}:{keyId}).");

    private sealed class DerivedKeys(byte[] secret)
    {
        public byte[] Encryption { get; } = HKDF.DeriveKey(HashAlgorithmName.SHA256, secret, EncryptionKeyRing.KeyBytes, info: "huiyin-customers-encryption"u8.ToArray());

        public byte[] Index { get; } = HKDF.DeriveKey(HashAlgorithmName.SHA256, secret, EncryptionKeyRing.KeyBytes, info: "huiyin-customers-blind-index"u8.ToArray());
    }
}
