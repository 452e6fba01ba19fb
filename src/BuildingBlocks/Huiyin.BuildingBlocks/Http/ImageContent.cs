
namespace Huiyin.BuildingBlocks.Http;

/// <summary>What an image really is, told by its first bytes rather than by the header that came with it.</summary>
public static class ImageContent
{
    public const string Jpeg = "image/jpeg";
    public const string Png = "image/png";
    public const string Webp = "image/webp";

    /// <summary>The largest photo a module takes from site.</summary>
    public const int MaxBytes = 10 * 1024 * 1024;

    public static readonly IReadOnlyList<string> Types = [Jpeg, Png, Webp];

    /// <summary>The name a photo is downloaded under: <c>photo-{id}.jpg</c>.</summary>
    public static string FileName(Guid photoId, string contentType) =>
        $"photo-{photoId}.{contentType switch { Jpeg => "jpg", Png => "png", Webp => "webp", _ => "bin" }}";

    public static string? Sniff(ReadOnlySpan<byte> content) =>
        content.StartsWith((ReadOnlySpan<byte>)[0xFF, 0xD8, 0xFF]) ? Jpeg
        : content.StartsWith((ReadOnlySpan<byte>)[0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A]) ? Png
        : content.Length >= 12 && content[..4].SequenceEqual("RIFF"u8) && content[8..12].SequenceEqual("WEBP"u8) ? Webp
        : null;

    /// <summary>Reads a stream up to one byte past <paramref name="limit"/>, enough to tell that it is too long without reading all of it.</summary>
    public static async Task<byte[]> ReadAtMostAsync(Stream stream, int limit, CancellationToken cancellationToken)
    {
        using var buffer = new MemoryStream();
        var chunk = new byte[81_920];
        int read;
        while (buffer.Length <= limit && (read = await stream.ReadAsync(chunk, cancellationToken)) > 0)
        {
            buffer.Write(chunk, 0, read);
        }

        return buffer.ToArray();
    }
}
