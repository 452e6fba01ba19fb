using Huiyin.Organization.Domain;

namespace Huiyin.Organization.Tests.Domain;

public sealed class ClientDeviceTests
{
    [Theory]
    [InlineData("Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/131.0.0.0 Safari/537.36 Edg/131.0.0.0", "Edge on Windows")]
    [InlineData("Mozilla/5.0 (Macintosh; Intel Mac OS X 10_15_7) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/18.1 Safari/605.1.15", "Safari on macOS")]
    [InlineData("Mozilla/5.0 (iPhone; CPU iPhone OS 17_5 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Mobile/15E148 MicroMessenger/8.0.50", "WeChat on iOS")]
    [InlineData("Mozilla/5.0 (Linux; Android 14; Pixel 8) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/131.0.0.0 Mobile Safari/537.36", "Chrome on Android")]
    [InlineData("python-requests/2.32.3", "python-requests/2.32.3")]
    [InlineData("", "Unknown device")]
    [InlineData(null, "Unknown device")]
    public void A_user_agent_is_named_by_browser_and_system(string? userAgent, string device) =>
        Assert.Equal(device, ClientDevice.From(userAgent, "10.0.0.7").Device);

    [Fact]
    public void A_very_long_product_token_is_cut_to_fit()
    {
        var device = ClientDevice.From(new string('x', 500), null).Device;

        Assert.Equal(ClientDevice.MaxDeviceLength, device.Length);
    }
}
