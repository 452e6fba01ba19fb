namespace Huiyin.Facilities.Domain;

/// <summary>A photo taken on a round; an item's result names it. A retried upload with the same client id is stored once.</summary>
internal sealed class RoundPhoto
{
    private RoundPhoto()
    {
    }

    public Guid Id { get; private set; }

    public RoundId RoundId { get; private set; }

    public string? ClientPhotoId { get; private set; }

    public string ContentType { get; private set; } = "";

    public int Length { get; private set; }

    public string Sha256 { get; private set; } = "";

    public byte[] Content { get; private set; } = [];

    public DateTimeOffset UploadedAt { get; private set; }

    public string UploadedBy { get; private set; } = "";

    public static RoundPhoto Upload(RoundId roundId, string? clientPhotoId, string contentType, byte[] content, DateTimeOffset at, string actor) => new()
    {
        Id = Guid.CreateVersion7(), RoundId = roundId, ClientPhotoId = clientPhotoId, ContentType = contentType, Length = content.Length,
        Sha256 = HashOf(content), Content = content, UploadedAt = at, UploadedBy = actor,
    };

    public static string HashOf(byte[] content) => Convert.ToHexStringLower(System.Security.Cryptography.SHA256.HashData(content));
}
