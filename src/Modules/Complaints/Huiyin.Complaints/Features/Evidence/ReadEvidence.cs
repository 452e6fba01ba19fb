using Huiyin.BuildingBlocks.Http;
using Huiyin.BuildingBlocks.Messaging;
using Huiyin.BuildingBlocks.Results;
using Huiyin.Complaints.Contracts;
using Huiyin.Complaints.Domain;
using Huiyin.Complaints.Persistence;
using MediatR;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.EntityFrameworkCore;

namespace Huiyin.Complaints.Features.Evidence;

/// <summary>A complaint's evidence, oldest first (404 for an unknown complaint).</summary>
internal sealed record ListEvidence(Guid ComplaintId) : IQuery<Result<EvidenceList>>;

internal sealed record EvidenceList(IReadOnlyList<EvidenceResponse> Items);

/// <summary>One photo of a complaint's evidence, as stored.</summary>
internal sealed record GetEvidenceFile(Guid ComplaintId, Guid EvidenceId) : IQuery<Result<EvidenceFile>>;

internal sealed record EvidenceFile(string ContentType, byte[] Content);

internal sealed class ListEvidenceHandler(ComplaintsDbContext db) : IRequestHandler<ListEvidence, Result<EvidenceList>>
{
    public async Task<Result<EvidenceList>> Handle(ListEvidence request, CancellationToken cancellationToken)
    {
        var complaintId = new ComplaintId(request.ComplaintId);
        if (!await db.Complaints.AnyAsync(c => c.Id == complaintId, cancellationToken))
        {
            return Error.NotFound("Complaint", request.ComplaintId);
        }

        var evidence = await db.Evidence.AsNoTracking().Where(e => e.ComplaintId == complaintId).OrderBy(e => e.UploadedAt)
            .Select(e => new { e.Id, e.ComplaintId, e.ClientPhotoId, e.ContentType, e.Length, e.UploadedAt, e.UploadedBy })
            .ToListAsync(cancellationToken);
        return new EvidenceList(evidence.Select(e => new EvidenceResponse(e.Id, e.ComplaintId.Value, e.ClientPhotoId, e.ContentType, e.Length,
            EvidenceResponse.UrlOf(e.ComplaintId.Value, e.Id), e.UploadedAt, e.UploadedBy)).ToList());
    }
}

internal sealed class GetEvidenceFileHandler(ComplaintsDbContext db) : IRequestHandler<GetEvidenceFile, Result<EvidenceFile>>
{
    public async Task<Result<EvidenceFile>> Handle(GetEvidenceFile request, CancellationToken cancellationToken)
    {
        var file = await db.Evidence.AsNoTracking()
            .Where(e => e.Id == request.EvidenceId && e.ComplaintId == new ComplaintId(request.ComplaintId))
            .Select(e => new EvidenceFile(e.ContentType, e.Content))
            .SingleOrDefaultAsync(cancellationToken);
        return file is null ? Error.NotFound("Evidence", request.EvidenceId) : file;
    }
}

internal static class ReadEvidenceEndpoints
{
    public static void MapReadEvidence(this IEndpointRouteBuilder complaints)
    {
        complaints.MapGet("/{id:guid}/evidence", async (Guid id, IMediator mediator, CancellationToken cancellationToken) =>
                (await mediator.Send(new ListEvidence(id), cancellationToken)).ToHttp(TypedResults.Ok))
            .RequireAuthorization(ComplaintsPermissions.Read)
            .WithName("ListComplaintEvidence")
            .WithSummary("List a complaint's evidence photos, oldest first")
            .Produces<EvidenceList>()
            .ProducesProblem(StatusCodes.Status404NotFound);
        complaints.MapGet("/{id:guid}/evidence/{evidenceId:guid}", async (Guid id, Guid evidenceId, IMediator mediator, CancellationToken cancellationToken) =>
                (await mediator.Send(new GetEvidenceFile(id, evidenceId), cancellationToken))
                .ToHttp(file => Attachments.File(file.Content, file.ContentType, ImageContent.FileName(evidenceId, file.ContentType))))
            .RequireAuthorization(ComplaintsPermissions.Read)
            .WithName("GetComplaintEvidence")
            .WithSummary("Download a photo of a complaint's evidence")
            .Produces(StatusCodes.Status200OK, null, ImageContent.Jpeg, ImageContent.Png, ImageContent.Webp)
            .ProducesProblem(StatusCodes.Status404NotFound);
    }
}
