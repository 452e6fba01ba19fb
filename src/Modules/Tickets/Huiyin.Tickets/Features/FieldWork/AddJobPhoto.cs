using FluentValidation;
using Huiyin.BuildingBlocks.Http;
using Huiyin.BuildingBlocks.Idempotency;
using Huiyin.BuildingBlocks.Messaging;
using Huiyin.BuildingBlocks.Results;
using Huiyin.Tickets.Domain;
using Huiyin.Tickets.Features.Shared;
using Huiyin.Tickets.Persistence;
using MediatR;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Routing;
using Microsoft.EntityFrameworkCore;

namespace Huiyin.Tickets.Features.FieldWork;

/// <summary>
/// A photo from site: JPEG, PNG or WebP (told by the content, not the header), at most 10 MB. With a client
/// photo id (the <c>Idempotency-Key</c> header or <c>clientPhotoId</c>) a retried upload stores it once.
/// </summary>
internal sealed record AddJobPhoto(Guid TicketId, string? ContentType, byte[] Content, string? ClientPhotoId) : ICommand<Result<AddedPhoto<PhotoResponse>>>;

internal sealed class AddJobPhotoValidator : AbstractValidator<AddJobPhoto>
{
    private const string File = "file";
    private static readonly IReadOnlyList<string> Types = ImageContent.Types;

    public AddJobPhotoValidator()
    {
        RuleFor(x => x.ContentType).Must(type => Types.Contains(type)).OverridePropertyName(File)
            .WithMessage("Send one JPEG, PNG or WebP photo as the body (Content-Type image/jpeg, image/png or image/webp) or as the form field `file`.").WithErrorCode("photo_type");
        RuleFor(x => x.Content).NotEmpty().WithMessage("The photo is empty.")
            .Must(content => content.Length <= ImageContent.MaxBytes).WithMessage("A photo is at most 10 MB.").WithErrorCode("photo_too_large")
            .Must((x, content) => ImageContent.Sniff(content) == x.ContentType).WithMessage(x => $"The content is not a {x.ContentType} image.").WithErrorCode("photo_content_mismatch")
            .OverridePropertyName(File)
            .When(x => Types.Contains(x.ContentType));
        RuleFor(x => x.ClientPhotoId).MaximumLength(100).OverridePropertyName("clientPhotoId");
    }
}

internal sealed class AddJobPhotoHandler(TicketsDbContext db, CrewAccess crew, TicketJournal journal) : IRequestHandler<AddJobPhoto, Result<AddedPhoto<PhotoResponse>>>
{
    public async Task<Result<AddedPhoto<PhotoResponse>>> Handle(AddJobPhoto request, CancellationToken cancellationToken)
    {
        var job = await crew.JobAsync(request.TicketId, cancellationToken);
        if (job.IsFailure)
        {
            return job.Error;
        }

        if (request.ClientPhotoId is { } clientId
            && await db.Photos.AsNoTracking().SingleOrDefaultAsync(p => p.TicketId == job.Value.Id && p.ClientPhotoId == clientId, cancellationToken) is { } earlier)
        {
            return earlier.Sha256 == JobPhoto.HashOf(request.Content)
                ? new AddedPhoto<PhotoResponse>(PhotoResponse.From(earlier), Replayed: true)
                : Error.BusinessRule("idempotency_key_reused", "This photo id was already used for another photo; use a new id for a new photo.");
        }

        if (job.Value.RequireOnSite("add a photo") is { IsFailure: true } notOnSite)
        {
            return notOnSite.Error;
        }

        var photo = JobPhoto.Upload(job.Value.Id, crew.TechnicianId, journal.Now, request.ClientPhotoId, request.ContentType!, request.Content);
        db.Photos.Add(photo);
        journal.Record(job.Value, TimelineKind.PhotoAdded, TimelineNotes.PhotoAdded(photo.ContentType, photo.Length));
        await db.SaveChangesAsync(cancellationToken);
        return new AddedPhoto<PhotoResponse>(PhotoResponse.From(photo), Replayed: false);
    }
}

internal static class AddJobPhotoEndpoint
{
    public static void MapAddJobPhoto(this IEndpointRouteBuilder jobs) =>
        jobs.MapPost("/{id:guid}/photos", async (Guid id, HttpRequest request, HttpResponse response, [FromHeader(Name = "Idempotency-Key")] string? idempotencyKey,
                IMediator mediator, CancellationToken cancellationToken) =>
            {
                var upload = await PhotoUpload.ReadAsync(request, cancellationToken);
                var added = await mediator.Send(new AddJobPhoto(id, upload.ContentType, upload.Content, idempotencyKey ?? upload.ClientPhotoId), cancellationToken);
                return added.ToHttp(response, photo => photo.Url);
            })
            .Accepts<IFormFile>("multipart/form-data", ImageContent.Jpeg, ImageContent.Png, ImageContent.Webp)
            .AsFieldStep("AddJobPhoto", "Upload a photo from site: the raw image as the body, or multipart with the field `file`")
            .HasOwnIdempotency()
            .WithDescription("JPEG, PNG or WebP by content, at most 10 MB (400 naming `file` otherwise). Send `Idempotency-Key` (or `clientPhotoId`) so that a retry stores one photo: the retry answers 200 with `Idempotent-Replayed: true`.")
            .Produces<PhotoResponse>(StatusCodes.Status201Created)
            .Produces<PhotoResponse>()
            .ProducesProblem(StatusCodes.Status422UnprocessableEntity);
}
