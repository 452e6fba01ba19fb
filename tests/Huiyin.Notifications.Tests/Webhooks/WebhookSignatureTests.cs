using Huiyin.Notifications.Domain.Webhooks;

namespace Huiyin.Notifications.Tests.Webhooks;

public sealed class WebhookSignatureTests
{
    // The test vector published with the Standard Webhooks reference libraries (libraries/*/webhook_test).
    private const string SpecSecret = "whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw";
    private const string SpecId = "msg_p5jXN8AQM9LWM0D4loKWxJek";
    private const long SpecTimestamp = 1614265330;
    private const string SpecBody = "{\"test\": 2432232314}";
    private const string SpecSignature = "v1,g0hM9SsE+OTPJTGt/tmIKtSyZlE3uFJELVlNIOLJ1OE=";

    [Fact]
    public void The_signature_matches_the_specifications_test_vector() =>
        Assert.Equal(SpecSignature, WebhookSignature.Sign(SpecSecret, SpecId, SpecTimestamp, SpecBody));

    [Fact]
    public void Several_secrets_give_space_separated_signatures_each_verifiable_on_its_own()
    {
        var other = WebhookSecret.New();

        var header = WebhookSignature.Header([other, SpecSecret], SpecId, SpecTimestamp, SpecBody);

        var webhook = new ReceivedWebhook(SpecId, SpecTimestamp.ToString(System.Globalization.CultureInfo.InvariantCulture), header, SpecBody);
        Assert.Equal(2, header.Split(' ').Length);
        Assert.Equal(SpecSignature, header.Split(' ')[1]);
        Assert.True(IndependentVerifier.Verifies(other, webhook));
        Assert.True(IndependentVerifier.Verifies(SpecSecret, webhook));
    }

    [Fact]
    public void A_changed_body_no_longer_verifies()
    {
        var webhook = new ReceivedWebhook(SpecId, "1614265330", SpecSignature, "{\"test\": 2432232315}");

        Assert.False(IndependentVerifier.Verifies(SpecSecret, webhook));
    }

    [Fact]
    public void New_secrets_are_whsec_and_24_random_bytes()
    {
        var secret = WebhookSecret.New();

        Assert.StartsWith("whsec_", secret);
        Assert.Equal(24, WebhookSecret.KeyOf(secret).Length);
        Assert.NotEqual(secret, WebhookSecret.New());
    }

    [Theory]
    [InlineData("127.0.0.1", true)]
    [InlineData("10.1.2.3", true)]
    [InlineData("172.20.0.1", true)]
    [InlineData("192.168.1.1", true)]
    [InlineData("169.254.169.254", true)]
    [InlineData("::1", true)]
    [InlineData("fe80::1", true)]
    [InlineData("fd00::1", true)]
    [InlineData("::ffff:10.0.0.1", true)]
    [InlineData("203.0.113.7", false)]
    [InlineData("2001:db8::1", false)]
    public void Private_loopback_and_link_local_addresses_are_recognised(string address, bool isPrivate) =>
        Assert.Equal(isPrivate, TargetAddress.IsPrivate(System.Net.IPAddress.Parse(address)));
}
