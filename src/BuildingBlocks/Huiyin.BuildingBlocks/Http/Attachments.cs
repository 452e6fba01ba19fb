using Microsoft.AspNetCore.Http;
using Microsoft.Net.Http.Headers;

namespace Huiyin.BuildingBlocks.Http;

/// <summary>
/// Files served as downloads: always an attachment (the browser saves it, never renders it) under a safe name, given twice
/// as RFC 6266 asks: an ASCII <c>filename</c> (other characters as <c>_</c>) for old clients and the UTF-8 <c>filename*</c> of
/// RFC 5987 (<c>attachment; filename="____.pdf"; filename*=UTF-8''%E5%90%88%E5%90%8C.pdf</c>).
/// </summary>
public static class Attachments
{
    private const int MaxNameLength = 200;
    private const string NamelessFile = "download";
    private static readonly char[] Unsafe = ['/', '\\', ':', '*', '?', '"', '<', '>', '|', '%', ';'];

    public static string ContentDisposition(string fileName)
    {
        var header = new ContentDispositionHeaderValue("attachment");
        header.SetHttpFileName(SafeName(fileName));
        return header.ToString();
    }

    /// <summary>For an answer written by hand (a streamed export).</summary>
    public static void Name(HttpResponse response, string fileName) =>
        response.Headers.ContentDisposition = ContentDisposition(fileName);

    public static IResult File(byte[] content, string contentType, string fileName) =>
        new AttachmentResult(TypedResults.File(content, contentType), fileName);

    /// <summary>
    /// A name that cannot leave the download folder or break the header: no path separators, control or reserved characters,
    /// no leading or trailing dots and spaces, at most 200 characters.
    /// </summary>
    public static string SafeName(string? fileName)
    {
        var chars = (fileName ?? "").Select(c => char.IsControl(c) || Unsafe.Contains(c) ? '_' : c).ToArray();
        var name = new string(chars).Trim().Trim('.').Trim();
        if (name.Length > MaxNameLength)
        {
            name = name[..(char.IsHighSurrogate(name[MaxNameLength - 1]) ? MaxNameLength - 1 : MaxNameLength)];
        }

        return name.Length == 0 ? NamelessFile : name;
    }

    private sealed class AttachmentResult(IResult file, string fileName) : IResult
    {
        public Task ExecuteAsync(HttpContext httpContext)
        {
            Name(httpContext.Response, fileName);
            return file.ExecuteAsync(httpContext);
        }
    }
}
