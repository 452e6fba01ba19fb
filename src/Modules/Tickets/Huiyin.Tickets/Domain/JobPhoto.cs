
namespace Huiyin.Tickets.Domain;

/// <summary>
/// A photo taken on a job, kept in the database. <see cref="ClientPhotoId"/> is the phone's own id for it, so
/// that an upload retried over a flaky network is stored once.
/// </summary>
internal sealed class JobPhoto
{
    private JobPhoto()
    {
    }

    public Guid Id { get; private set; }

    public TicketId TicketId { get; private set; }

    public Guid TechnicianId { get; private set; }

    public DateTimeOffset UploadedAt { get; private set; }

    public string? ClientPhotoId { get; private set; }

    public string ContentType { get; private set; } = "";

    public int Length { get; private set; }

    /// <summary>Hex SHA-256 of the content: a retry with the same client id must send the same bytes.</summary>
    public string Sha256 { get; private set; } = "";

    public byte[] Content { get; private set; } = [];

    public static JobPhoto Upload(TicketId ticketId, Guid technicianId, DateTimeOffset at, string? clientPhotoId, string contentType, byte[] content) => new()
    {
        Id = Guid.CreateVersion7(),
        TicketId = ticketId,
        TechnicianId = technicianId,
        UploadedAt = at,
        ClientPhotoId = clientPhotoId,
        ContentType = contentType,
        Length = content.Length,
        Sha256 = HashOf(content),
        Content = content,
    };

    public static string HashOf(byte[] content) => Convert.ToHexStringLower(System.Security.Cryptography.SHA256.HashData(content));
}
