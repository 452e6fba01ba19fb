using System.Security.Cryptography;
using Huiyin.Customers.Domain;
using Huiyin.Customers.Protection;

namespace Huiyin.Customers.Tests;

public sealed class SensitiveDataUnitTests
{
    private static readonly SensitiveData Data = new(RandomNumberGenerator.GetBytes(32));

    [Fact]
    public void A_sealed_value_opens_to_itself_with_a_fresh_nonce_each_time_and_a_stable_blind_index()
    {
        var first = Data.Seal("idNumber", "330106199001011234");
        var second = Data.Seal("idNumber", "330106199001011234");

        Assert.Equal("330106199001011234", Data.Open("idNumber", first.Cipher));
        Assert.NotEqual(first.Cipher, second.Cipher);
        Assert.Equal(first.Index, second.Index);
        Assert.NotEqual(first.Index, Data.Index("bankAccount", "330106199001011234"));
        Assert.Equal("3301**********1234", first.Masked);
    }

    [Fact]
    public void A_value_sealed_for_one_field_does_not_open_as_another()
    {
        var sealedValue = Data.Seal("idNumber", "330106199001011234");

        Assert.ThrowsAny<CryptographicException>(() => Data.Open("bankAccount", sealedValue.Cipher));
    }

    [Theory]
    [InlineData(null, false, "required outside Development")]
    [InlineData("not base64!", true, "not base64")]
    [InlineData("AAECAwQ=", true, "32 bytes")]
    public void The_key_is_required_outside_development_and_must_be_32_bytes_of_base64(string? configured, bool development, string message)
    {
        var error = Assert.Throws<InvalidOperationException>(() => SensitiveData.FromConfiguration(configured, development));

        Assert.Contains(message, error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Development_without_a_key_gets_one_for_the_process()
    {
        var data = SensitiveData.FromConfiguration(null, isDevelopment: true);

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
}
