using FluentValidation;
using Huiyin.BuildingBlocks.Http;
using Huiyin.BuildingBlocks.Messaging;
using Huiyin.BuildingBlocks.Results;
using Huiyin.BuildingBlocks.Security;
using Huiyin.Customers.Contracts;
using Huiyin.Customers.Domain;
using Huiyin.Customers.Persistence;
using MediatR;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.EntityFrameworkCore;

namespace Huiyin.Customers.Features;

internal sealed record DocumentResponse(Guid Id, Guid CustomerId, DocumentKind Kind, string FileName, string ContentType, long Size, string UploadedBy, DateTimeOffset UploadedAt)
{
    public static DocumentResponse From(CustomerDocument d) => new(d.Id, d.CustomerId.Value, d.Kind, d.FileName, d.ContentType, d.Size, d.UploadedBy, d.UploadedAt);
}

/// <summary>Puts a paper in the customer's file: PDF, JPEG or PNG up to 10 MB, checked by its content as well as its declared type.</summary>
internal sealed record AttachDocument(Guid CustomerId, string? Kind, string? FileName, string? ContentType, byte[]? Content) : ICommand<Result<DocumentResponse>>
{
    public const long MaxBytes = 10 * 1024 * 1024;

    /// <summary>The allowed types and the bytes their files start with.</summary>
    public static readonly IReadOnlyDictionary<string, byte[]> Signatures = new Dictionary<string, byte[]>
    {
        ["application/pdf"] = "%PDF-"u8.ToArray(),
        ["image/jpeg"] = [0xFF, 0xD8, 0xFF],
        ["image/png"] = [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A],
    };
}

internal sealed class AttachDocumentValidator : AbstractValidator<AttachDocument>
{
    public AttachDocumentValidator()
    {
        RuleFor(x => x.Kind).NotEmpty().IsEnumName(typeof(DocumentKind), caseSensitive: false)
            .WithMessage($"Say what the document is: one of {string.Join(", ", Enum.GetNames<DocumentKind>())}.");
        RuleFor(x => x.Content).NotEmpty().WithMessage("Attach a file (multipart/form-data, field 'file').").OverridePropertyName("file");
        RuleFor(x => x.Content!.LongLength).LessThanOrEqualTo(AttachDocument.MaxBytes).When(x => x.Content is not null)
            .WithMessage("The file is larger than 10 MB.").WithErrorCode("file_too_large").OverridePropertyName("file");
        RuleFor(x => x.ContentType).Must(t => t is not null && AttachDocument.Signatures.ContainsKey(t)).When(x => x.Content is { Length: > 0 })
            .WithMessage("Only PDF, JPEG and PNG files are accepted.").WithErrorCode("document_type").OverridePropertyName("file");
        RuleFor(x => x.Content).Must((x, content) => content!.AsSpan().StartsWith(AttachDocument.Signatures[x.ContentType!]))
            .When(x => x.Content is { Length: > 0 } && x.ContentType is not null && AttachDocument.Signatures.ContainsKey(x.ContentType))
            .WithMessage("The file's content is not of the type it claims.").WithErrorCode("file_content_mismatch").OverridePropertyName("file");
        RuleFor(x => x.FileName).MaximumLength(255).OverridePropertyName("file");
    }
}

internal sealed class AttachDocumentHandler(CustomersDbContext db, ICurrentUser currentUser, TimeProvider clock) : IRequestHandler<AttachDocument, Result<DocumentResponse>>
{
    public async Task<Result<DocumentResponse>> Handle(AttachDocument request, CancellationToken cancellationToken)
    {
        var customerId = new CustomerId(request.CustomerId);
        if (!await db.Customers.AnyAsync(c => c.Id == customerId, cancellationToken))
        {
            return Error.NotFound("Customer", request.CustomerId);
        }

        var document = CustomerDocument.Attach(
            customerId, Enum.Parse<DocumentKind>(request.Kind!, ignoreCase: true), Path.GetFileName(request.FileName ?? "document"), request.ContentType!, request.Content!,
            currentUser.Actor, clock.GetUtcNow());
        db.Documents.Add(document);
        return DocumentResponse.From(document);
    }
}

internal static class AttachDocumentEndpoint
{
    public static void MapAttachDocument(this IEndpointRouteBuilder customers) =>
        customers.MapPost("/{id:guid}/documents", async (Guid id, HttpRequest request, IMediator mediator, CancellationToken cancellationToken) =>
            {
                if (!request.HasFormContentType)
                {
                    return ProblemResults.From(Error.Validation("multipart_required", "file", "Send the document as multipart/form-data with the fields 'file' and 'kind'."));
                }

                var form = await request.ReadFormAsync(cancellationToken);
                var file = form.Files.GetFile("file");
                byte[]? content = null;
                if (file is not null && file.Length <= AttachDocument.MaxBytes)
                {
                    using var buffer = new MemoryStream();
                    await file.CopyToAsync(buffer, cancellationToken);
                    content = buffer.ToArray();
                }
                else if (file is not null)
                {
                    return ProblemResults.From(Error.Validation("file_too_large", "file", "The file is larger than 10 MB."));
                }

                var command = new AttachDocument(id, form["kind"].FirstOrDefault(), file?.FileName, file?.ContentType, content);
                return (await mediator.Send(command, cancellationToken)).ToHttp(created => TypedResults.Created($"/api/v1/customers/{id}/documents/{created.Id}", created));
            })
            .DisableAntiforgery()
            .RequireAuthorization(CustomersPermissions.Write)
            .WithName("AttachCustomerDocument")
            .WithSummary("Attach a document to the customer's file (multipart: `file`, `kind` = Contract, IdCopy, MoveIn, MoveOut, FitOut or Other); PDF, JPEG or PNG up to 10 MB")
            .Produces<DocumentResponse>(StatusCodes.Status201Created)
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status404NotFound);
}
