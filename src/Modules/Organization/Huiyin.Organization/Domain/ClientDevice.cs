namespace Huiyin.Organization.Domain;

/// <summary>Where a session is used from, as its owner recognises it: "Chrome on Windows" and the client's address.</summary>
internal sealed record ClientDevice(string Device, string? Address)
{
    public const int MaxDeviceLength = 100;

    private static readonly (string Token, string Name)[] Browsers =
    [
        ("MicroMessenger/", "WeChat"), ("Edg/", "Edge"), ("OPR/", "Opera"), ("Firefox/", "Firefox"),
        ("Chrome/", "Chrome"), ("Chromium/", "Chromium"), ("Safari/", "Safari"),
    ];

    private static readonly (string Token, string Name)[] Systems =
    [
        ("Windows", "Windows"), ("iPhone", "iOS"), ("iPad", "iPadOS"), ("Android", "Android"), ("Mac OS X", "macOS"),
        ("CrOS", "ChromeOS"), ("Linux", "Linux"),
    ];

    /// <summary>Names the browser and system a user agent announces; any other client is named by its first product token.</summary>
    public static ClientDevice From(string? userAgent, string? address)
    {
        var agent = userAgent?.Trim() ?? "";
        var browser = Browsers.FirstOrDefault(b => agent.Contains(b.Token, StringComparison.Ordinal)).Name;
        var system = Systems.FirstOrDefault(s => agent.Contains(s.Token, StringComparison.Ordinal)).Name;
        var device = (browser, system) switch
        {
            (not null, not null) => $"{browser} on {system}",
            (not null, null) => browser,
            _ when agent.Length > 0 => agent.Split(' ', 2)[0],
            _ => "Unknown device",
        };
        return new ClientDevice(device.Length > MaxDeviceLength ? device[..MaxDeviceLength] : device, address);
    }
}
