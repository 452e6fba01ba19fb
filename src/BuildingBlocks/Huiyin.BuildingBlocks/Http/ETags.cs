using Microsoft.AspNetCore.Http;

namespace Huiyin.BuildingBlocks.Http;

/// <summary>Entity tags from row versions (<c>xmin</c>), for <c>ETag</c> and <c>If-Match</c>.</summary>
public static class ETags
{
    public static string Format(uint version) => $"\"{version}\"";

    /// <summary>The version an <c>If-Match</c> header asks for; null when the header is absent or not one of ours.</summary>
    public static uint? Parse(string? ifMatch)
    {
        var value = ifMatch?.Trim();
        if (value is null)
        {
            return null;
        }

        if (value.StartsWith("W/", StringComparison.Ordinal))
        {
            value = value[2..];
        }

        return uint.TryParse(value.Trim('"'), out var version) ? version : null;
    }

    public static void Set(HttpResponse response, uint version) => response.Headers.ETag = Format(version);
}
