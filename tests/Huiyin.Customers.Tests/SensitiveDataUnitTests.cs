using System.Security.Cryptography;
using Huiyin.Customers.Domain;
using Huiyin.Customers.Protection;
using Microsoft.Extensions.Configuration;

namespace Huiyin.Customers.Tests;

public sealed class SensitiveDataUnitTests
{
    private static readonly byte[] FirstKey = RandomNumberGenerator.GetBytes(32);
    private static readonly byte[] SecondKey = RandomNumberGenerator.GetBytes(32);
    private static readonly SensitiveData Data = Ring((1, FirstKey));

    [Fact]
    public void A_sealed_value_opens_to_itself_with_a_fresh_nonce_each_time_and_a_stable_blind_index()
    {
        var first = Data.Seal("idNumber", "330106199001011234");
        var second = Data.Seal("idNumber", "330106199001011234");

        Assert.Equal("330106199001011234", Data.Open("idNumber", first.Cipher));
        Assert.NotEqual(first.Cipher, second.Cipher);
        Assert.Equal(first.Index, second.Index);
        Assert.Equal([first.Index], Data.Indexes("idNumber", "330106199001011234"));
        Assert.NotEqual(first.Index, Data.Indexes("bankAccount", "330106199001011234")[0]);
        Assert.Equal("3301**********1234", first.Masked);
    }

    [Fact]
    public void A_value_sealed_for_one_field_does_not_open_as_another()
    {
        var sealedValue = Data.Seal("idNumber", "330106199001011234");

        Assert.ThrowsAny<CryptographicException>(() => Data.Open("bankAccount", sealedValue.Cipher));
    }

    [Fact]
    public void After_a_rotation_old_values_still_open_are_found_under_either_key_and_reseal_under_the_new_one()
    {
        var before = Data.Seal("idNumber", "330106199001011234");
        var rotated = Ring((1, FirstKey), (2, SecondKey));

        var resealed = rotated.Reseal("idNumber", before.Cipher);

        Assert.Equal(1, before.KeyId);
        Assert.Equal("330106199001011234", rotated.Open("idNumber", before.Cipher));
        Assert.Equal(2, resealed.KeyId);
        Assert.Equal("330106199001011234", Ring((2, SecondKey)).Open("idNumber", resealed.Cipher));
        Assert.Equal([before.Index, resealed.Index], rotated.Indexes("idNumber", "330106199001011234"));
        var missing = Assert.Throws<InvalidOperationException>(() => Ring((2, SecondKey)).Open("idNumber", before.Cipher));
        Assert.Contains("key 1", missing.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(null, null, null, false, "required outside Development")]
    [InlineData("not base64!", null, null, true, "not base64")]
    [InlineData("AAECAwQ=", null, null, true, "32 bytes")]
    [InlineData(null, "0", null, true, "1 to 255")]
    [InlineData(null, "2", "3", true, "not one of the configured keys")]
    [InlineData("first", "1", null, true, "configure key 1 once")]
    public void Keys_are_required_outside_development_32_bytes_of_base64_with_ids_from_1_to_255(
        string? single, string? keyId, string? activeKeyId, bool development, string message)
    {
        var settings = new Dictionary<string, string?> { [EncryptionKeyRing.SingleKey] = single == "first" ? Convert.ToBase64String(FirstKey) : single };
        if (keyId is not null)
        {
            settings[$"{EncryptionKeyRing.KeysSection}:{keyId}"] = Convert.ToBase64String(SecondKey);
        }

        settings[EncryptionKeyRing.ActiveKey] = activeKeyId;
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(settings).Build();

        var error = Assert.Throws<InvalidOperationException>(() => EncryptionKeyRing.FromConfiguration(configuration, development));

        Assert.Contains(message, error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void The_single_key_is_key_1_and_the_highest_id_is_active_unless_one_is_named()
    {
        static EncryptionKeyRing Configured(string? active) => EncryptionKeyRing.FromConfiguration(new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?>
        {
            [EncryptionKeyRing.SingleKey] = Convert.ToBase64String(FirstKey),
            [$"{EncryptionKeyRing.KeysSection}:7"] = Convert.ToBase64String(SecondKey),
            [EncryptionKeyRing.ActiveKey] = active,
        }).Build(), isDevelopment: false);

        Assert.Equal([(byte)1, (byte)7], Configured(null).Secrets.Keys.Order());
        Assert.Equal(7, Configured(null).ActiveKeyId);
        Assert.Equal(1, Configured("1").ActiveKeyId);
    }

    [Fact]
    public void Development_without_a_key_gets_one_for_the_process()
    {
        var data = new SensitiveData(EncryptionKeyRing.FromConfiguration(new ConfigurationBuilder().Build(), isDevelopment: true));

        Assert.Equal("x", data.Open("f", data.Seal("f", "x").Cipher));
    }

    [Theory]
    [InlineData("+86 138-1234-5678", "13812345678")]
    [InlineData("0086 13812345678", "13812345678")]
    [InlineData("+86 21 6123 4567", "02161234567")]
    [InlineData("(021) 6123-4567", "02161234567")]
    [InlineData("400-800-1234", "4008001234")]
    public void Phones_are_normalised_to_their_national_digits(string input, string expected) =>
        Assert.Equal(expected, CustomerKeys.NormalizePhone(input));

    private static SensitiveData Ring(params (byte Id, byte[] Secret)[] keys) =>
        new(new EncryptionKeyRing(keys.ToDictionary(k => k.Id, k => k.Secret), keys.Max(k => k.Id)));
}
