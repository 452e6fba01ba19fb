
namespace Huiyin.Customers.Domain;

internal enum DocumentKind
{
    Contract,
    IdCopy,
    MoveIn,
    MoveOut,
    FitOut,
    Other,
}

/// <summary>A paper in the customer's file (contract, ID copy, move-in form…), kept for good.</summary>
internal sealed class CustomerDocument
{
    private CustomerDocument()
    {
    }

    public Guid Id { get; private set; }

    public CustomerId CustomerId { get; private set; }

    public DocumentKind Kind { get; private set; }

    public string FileName { get; private set; } = "";

    public string ContentType { get; private set; } = "";

    public long Size { get; private set; }

    public byte[] Content { get; private set; } = [];

    public string UploadedBy { get; private set; } = "";

    public DateTimeOffset UploadedAt { get; private set; }

    public static CustomerDocument Attach(CustomerId customerId, DocumentKind kind, string fileName, string contentType, byte[] content, string actor, DateTimeOffset at) => new()
    {
        Id = Guid.CreateVersion7(),
        CustomerId = customerId,
        Kind = kind,
        FileName = fileName,
        ContentType = contentType,
        Size = content.Length,
        Content = content,
        UploadedBy = actor,
        UploadedAt = at,
    };
}
