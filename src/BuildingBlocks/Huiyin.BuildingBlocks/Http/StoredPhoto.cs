namespace Huiyin.BuildingBlocks.Http;

/// <summary>
/// A photo as a module stores it beside what it belongs to (a round, a complaint): its bytes, type and hash, and who uploaded it
/// when. The hash lets a retry with the same client id be told from another photo sent under that id.
/// </summary>
public abstract class StoredPhoto
{
    public Guid Id { get; private set; }

    public string? ClientPhotoId { get; private set; }

    public string ContentType { get; private set; } = "";

    public int Length { get; private set; }

    public string Sha256 { get; private set; } = "";

    public byte[] Content { get; private set; } = [];

    public DateTimeOffset UploadedAt { get; private set; }

    public string UploadedBy { get; private set; } = "";

    /// <summary>Whether <paramref name="upload"/> is this photo sent again (the same bytes).</summary>
    public bool IsRetryOf(PhotoUpload upload) => Sha256 == PhotoUploadRules.HashOf(upload.Content);

    protected void Store(PhotoUpload upload, DateTimeOffset at, string actor)
    {
        Id = Guid.CreateVersion7();
        ClientPhotoId = upload.ClientPhotoId;
        ContentType = upload.ContentType!;
        Length = upload.Content.Length;
        Sha256 = PhotoUploadRules.HashOf(upload.Content);
        Content = upload.Content;
        UploadedAt = at;
        UploadedBy = actor;
    }
}
