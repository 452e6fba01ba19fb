using Microsoft.AspNetCore.Http;

namespace Huiyin.BuildingBlocks.Http;

/// <summary>The image and the client's id for it, as sent: raw with its Content-Type, or as a form's file.</summary>
public sealed record PhotoUpload(string? ContentType, byte[] Content, string? ClientPhotoId)
{
    public static async Task<PhotoUpload> ReadAsync(HttpRequest request, CancellationToken cancellationToken)
    {
        var clientPhotoId = request.Query["clientPhotoId"].FirstOrDefault();
        if (!request.HasFormContentType)
        {
            return new PhotoUpload(MediaType(request.ContentType), await ImageContent.ReadAtMostAsync(request.Body, ImageContent.MaxBytes, cancellationToken), clientPhotoId);
        }

        IFormCollection form;
        try
        {
            form = await request.ReadFormAsync(cancellationToken);
        }
        catch (InvalidDataException)
        {
            return new PhotoUpload(null, [], clientPhotoId);
        }

        clientPhotoId ??= form["clientPhotoId"].FirstOrDefault();
        var file = form.Files.GetFile("file") ?? form.Files.FirstOrDefault();
        if (file is null)
        {
            return new PhotoUpload(null, [], clientPhotoId);
        }

        await using var stream = file.OpenReadStream();
        return new PhotoUpload(MediaType(file.ContentType), await ImageContent.ReadAtMostAsync(stream, ImageContent.MaxBytes, cancellationToken), clientPhotoId);
    }

    private static string? MediaType(string? contentType) => contentType?.Split(';')[0].Trim().ToLowerInvariant();
}
