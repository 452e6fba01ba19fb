namespace Huiyin.Notifications.Domain.Webhooks;

/// <summary>What an endpoint's URL and description may be.</summary>
internal static class WebhookRules
{
    public const int MaxUrlLength = 2000;
    public const int MaxDescriptionLength = 500;

    public static bool IsAbsoluteHttp(string? url) =>
        Uri.TryCreate(url, UriKind.Absolute, out var uri) && (uri.Scheme == Uri.UriSchemeHttp || uri.Scheme == Uri.UriSchemeHttps) && uri.UserInfo.Length == 0;

    /// <summary>Whether the URL names a private, loopback or link-local target by its literal address or as <c>localhost</c>.</summary>
    public static bool NamesPrivateTarget(string url)
    {
        var uri = new Uri(url);
        return uri.IsLoopback || (System.Net.IPAddress.TryParse(uri.IdnHost, out var address) && TargetAddress.IsPrivate(address));
    }
}
