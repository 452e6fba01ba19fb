using System.Text;
using System.Text.Json;
using Microsoft.AspNetCore.WebUtilities;

namespace Huiyin.BuildingBlocks.Paging;

/// <summary>
/// An opaque position in a stably sorted list: the sort keys of the last item returned, base64url-encoded.
/// </summary>
public static class Cursor
{
    public static string Encode(params string[] keys) =>
        WebEncoders.Base64UrlEncode(JsonSerializer.SerializeToUtf8Bytes(keys));

    /// <summary>The keys of a cursor made by <see cref="Encode"/> with that many keys; null when it is not one.</summary>
    public static string[]? Decode(string cursor, int expectedKeys)
    {
        try
        {
            var keys = JsonSerializer.Deserialize<string[]>(Encoding.UTF8.GetString(WebEncoders.Base64UrlDecode(cursor)));
            return keys?.Length == expectedKeys ? keys : null;
        }
        catch (Exception e) when (e is FormatException or JsonException)
        {
            return null;
        }
    }
}
