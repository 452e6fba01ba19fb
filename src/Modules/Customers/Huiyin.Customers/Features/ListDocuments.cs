using Huiyin.BuildingBlocks.Http;
using Huiyin.BuildingBlocks.Messaging;
using Huiyin.BuildingBlocks.Paging;
using Huiyin.BuildingBlocks.Results;
using Huiyin.Customers.Contracts;
using Huiyin.Customers.Domain;
using Huiyin.Customers.Persistence;
using MediatR;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.EntityFrameworkCore;

namespace Huiyin.Customers.Features;

/// <summary>The documents in a customer's file, oldest first (without their content).</summary>
internal sealed record ListDocuments(Guid CustomerId) : IQuery<Result<ItemsResponse<DocumentResponse>>>;

internal sealed class ListDocumentsHandler(CustomersDbContext db) : IRequestHandler<ListDocuments, Result<ItemsResponse<DocumentResponse>>>
{
    public async Task<Result<ItemsResponse<DocumentResponse>>> Handle(ListDocuments request, CancellationToken cancellationToken)
    {
        var customerId = new CustomerId(request.CustomerId);
        if (!await db.Customers.AnyAsync(c => c.Id == customerId, cancellationToken))
        {
            return Error.NotFound("Customer", request.CustomerId);
        }

        var documents = await db.Documents.AsNoTracking().Where(d => d.CustomerId == customerId).OrderBy(d => d.UploadedAt).ThenBy(d => d.Id)
            .Select(d => new DocumentResponse(d.Id, request.CustomerId, d.Kind, d.FileName, d.ContentType, d.Size, d.UploadedBy, d.UploadedAt))
            .ToListAsync(cancellationToken);
        return new ItemsResponse<DocumentResponse>(documents);
    }
}

/// <summary>One document's content, for download.</summary>
internal sealed record GetDocumentContent(Guid CustomerId, Guid DocumentId) : IQuery<Result<CustomerDocument>>;

internal sealed class GetDocumentContentHandler(CustomersDbContext db) : IRequestHandler<GetDocumentContent, Result<CustomerDocument>>
{
    public async Task<Result<CustomerDocument>> Handle(GetDocumentContent request, CancellationToken cancellationToken)
    {
        var document = await db.Documents.AsNoTracking()
            .SingleOrDefaultAsync(d => d.Id == request.DocumentId && d.CustomerId == new CustomerId(request.CustomerId), cancellationToken);
        return document is null ? Error.NotFound("Document", request.DocumentId) : document;
    }
}

internal static class ListDocumentsEndpoint
{
    public static void MapDocuments(this IEndpointRouteBuilder customers)
    {
        customers.MapGet("/{id:guid}/documents", async (Guid id, IMediator mediator, CancellationToken cancellationToken) =>
                (await mediator.Send(new ListDocuments(id), cancellationToken)).ToHttp(TypedResults.Ok))
            .RequireAuthorization(CustomersPermissions.Read)
            .WithName("ListCustomerDocuments")
            .WithSummary("The documents in a customer's file")
            .Produces<ItemsResponse<DocumentResponse>>()
            .ProducesProblem(StatusCodes.Status404NotFound);

        customers.MapGet("/{id:guid}/documents/{documentId:guid}", async (Guid id, Guid documentId, IMediator mediator, CancellationToken cancellationToken) =>
                (await mediator.Send(new GetDocumentContent(id, documentId), cancellationToken))
                .ToHttp(d => Attachments.File(d.Content, d.ContentType, d.FileName)))
            .RequireAuthorization(CustomersPermissions.Read)
            .WithName("DownloadCustomerDocument")
            .WithSummary("Download a document of the customer's file")
            .Produces(StatusCodes.Status200OK, contentType: "application/octet-stream")
            .ProducesProblem(StatusCodes.Status404NotFound);
    }
}
