using FluentValidation;
using Huiyin.BuildingBlocks.Http;
using Huiyin.BuildingBlocks.Messaging;
using Huiyin.BuildingBlocks.Results;
using Huiyin.BuildingBlocks.Security;
using Huiyin.Complaints.Contracts;
using Huiyin.Complaints.Domain;
using Huiyin.Complaints.Features.Shared;
using Huiyin.Complaints.Persistence;
using MediatR;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.EntityFrameworkCore;

namespace Huiyin.Complaints.Features.Evidence;

/// <summary>A photo as evidence on a complaint (JPEG, PNG or WebP by content, at most 10 MB), until it is closed. A retry with the same client id is stored once.</summary>
internal sealed record AddEvidence(Guid ComplaintId, PhotoUpload Upload) : ICommand<Result<AddedPhoto<EvidenceResponse>>>;

internal sealed class AddEvidenceValidator : AbstractValidator<AddEvidence>
{
    public AddEvidenceValidator() => this.MustBeAPhoto(x => x.Upload);
}

internal sealed class AddEvidenceHandler(ComplaintsDbContext db, ComplaintJournal journal, ICurrentUser user, TimeProvider clock) : IRequestHandler<AddEvidence, Result<AddedPhoto<EvidenceResponse>>>
{
    public async Task<Result<AddedPhoto<EvidenceResponse>>> Handle(AddEvidence request, CancellationToken cancellationToken)
    {
        var complaintId = new ComplaintId(request.ComplaintId);
        var status = await db.Complaints.AsNoTracking().Where(c => c.Id == complaintId).Select(c => (ComplaintStatus?)c.Status).SingleOrDefaultAsync(cancellationToken);
        if (status is null)
        {
            return Error.NotFound("Complaint", request.ComplaintId);
        }

        var upload = request.Upload;
        if (upload.ClientPhotoId is { } clientId
            && await db.Evidence.AsNoTracking().SingleOrDefaultAsync(e => e.ComplaintId == complaintId && e.ClientPhotoId == clientId, cancellationToken) is { } earlier)
        {
            return PhotoUploadEndpoint.Retried(earlier, upload, EvidenceResponse.From(earlier));
        }

        if (status == ComplaintStatus.Closed)
        {
            return Error.IllegalTransition("add evidence", status.ToString()!, []);
        }

        var evidence = ComplaintEvidence.Upload(complaintId, upload, clock.GetUtcNow(), user.Actor);
        db.Evidence.Add(evidence);
        journal.Record(complaintId, ComplaintTimelineKind.EvidenceAdded, TimelineNotes.EvidenceAdded(evidence.Id));
        await db.SaveChangesAsync(cancellationToken);
        return new AddedPhoto<EvidenceResponse>(EvidenceResponse.From(evidence), Replayed: false);
    }
}

internal static class AddEvidenceEndpoint
{
    public static void MapAddEvidence(this IEndpointRouteBuilder complaints) =>
        complaints.MapPhotoUpload<EvidenceResponse>("/{id:guid}/evidence", (id, upload) => new AddEvidence(id, upload), evidence => evidence.Url)
            .RequireAuthorization(ComplaintsPermissions.Write)
            .WithName("AddComplaintEvidence")
            .WithSummary("Add a photo as evidence to a complaint: the raw image as the body, or multipart with the field `file`")
            .WithDescription("JPEG, PNG or WebP by content, at most 10 MB (400 naming `file` otherwise); 409 once the complaint is closed. Send `Idempotency-Key` (or `clientPhotoId`) so that a retry stores one photo: the retry answers 200 with `Idempotent-Replayed: true`.")
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status409Conflict);
}
