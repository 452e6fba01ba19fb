using System.Security.Cryptography;
using System.Text;
using Microsoft.AspNetCore.Http;

namespace Huiyin.BuildingBlocks.Idempotency;

/// <summary>
/// A SHA-256 of what a create asks for: method, path, query and body. A form is hashed by its fields and files, not by
/// its bytes, since every retry of a multipart upload comes with a boundary of its own.
/// </summary>
internal static class RequestFingerprint
{
    public static async Task<string> OfAsync(HttpRequest request, CancellationToken cancellationToken)
    {
        using var hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        Append(hash, $"{request.Method} {request.Path}{request.QueryString}");
        if (request.HasFormContentType)
        {
            await AppendFormAsync(hash, await request.ReadFormAsync(cancellationToken), cancellationToken);
        }
        else
        {
            request.EnableBuffering();
            await AppendStreamAsync(hash, request.Body, cancellationToken);
            request.Body.Position = 0;
        }

        return Convert.ToHexStringLower(hash.GetHashAndReset());
    }

    private static async Task AppendFormAsync(IncrementalHash hash, IFormCollection form, CancellationToken cancellationToken)
    {
        foreach (var (name, values) in form.OrderBy(f => f.Key, StringComparer.Ordinal))
        {
            Append(hash, $"{name}={string.Join('\u001f', values.ToArray())}");
        }

        foreach (var file in form.Files)
        {
            Append(hash, $"{file.Name}:{file.FileName}:{file.ContentType}");
            await using var content = file.OpenReadStream();
            await AppendStreamAsync(hash, content, cancellationToken);
        }
    }

    private static async Task AppendStreamAsync(IncrementalHash hash, Stream stream, CancellationToken cancellationToken)
    {
        var buffer = new byte[16 * 1024];
        int read;
        while ((read = await stream.ReadAsync(buffer, cancellationToken)) > 0)
        {
            hash.AppendData(buffer, 0, read);
        }
    }

    private static void Append(IncrementalHash hash, string text)
    {
        hash.AppendData(Encoding.UTF8.GetBytes(text));
        hash.AppendData([0]);
    }
}
