using FluentValidation;
using Huiyin.BuildingBlocks.Http;
using Huiyin.BuildingBlocks.Idempotency;
using Huiyin.BuildingBlocks.Messaging;
using Huiyin.BuildingBlocks.Results;
using Huiyin.BuildingBlocks.Security;
using Huiyin.Facilities.Contracts;
using Huiyin.Facilities.Domain;
using Huiyin.Facilities.Features.Shared;
using Huiyin.Facilities.Persistence;
using MediatR;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Routing;
using Microsoft.EntityFrameworkCore;

namespace Huiyin.Facilities.Features.Inspections;

/// <summary>A photo from a round (JPEG, PNG or WebP by content, at most 10 MB); an item's result names it. A retried upload with the same client id is stored once.</summary>
internal sealed record AddRoundPhoto(Guid RoundId, PhotoUpload Upload) : ICommand<Result<AddedPhoto<RoundPhotoResponse>>>;

internal sealed record RoundPhotoResponse(Guid Id, Guid RoundId, string? ClientPhotoId, string ContentType, int Length, string Url, DateTimeOffset UploadedAt);

internal sealed class AddRoundPhotoValidator : AbstractValidator<AddRoundPhoto>
{
    public AddRoundPhotoValidator()
    {
        RuleFor(x => x.Upload).Must(upload => ImageContent.Types.Contains(upload.ContentType ?? "") && upload.Content.Length <= ImageContent.MaxBytes
                                              && ImageContent.Sniff(upload.Content) == upload.ContentType)
            .OverridePropertyName("file").WithErrorCode("photo_invalid")
            .WithMessage("Send one JPEG, PNG or WebP photo of at most 10 MB, as the body or as the form field `file`.");
        RuleFor(x => x.Upload.ClientPhotoId).MaximumLength(100).OverridePropertyName("clientPhotoId");
    }
}

internal sealed class AddRoundPhotoHandler(FacilitiesDbContext db, ICurrentUser user, TimeProvider clock) : IRequestHandler<AddRoundPhoto, Result<AddedPhoto<RoundPhotoResponse>>>
{
    public async Task<Result<AddedPhoto<RoundPhotoResponse>>> Handle(AddRoundPhoto request, CancellationToken cancellationToken)
    {
        var roundId = new RoundId(request.RoundId);
        var status = await db.Rounds.AsNoTracking().IgnoreAutoIncludes().Where(r => r.Id == roundId).Select(r => (RoundStatus?)r.Status).SingleOrDefaultAsync(cancellationToken);
        if (status is null)
        {
            return Error.NotFound("Round", request.RoundId);
        }

        var upload = request.Upload;
        if (upload.ClientPhotoId is { } clientId
            && await db.RoundPhotos.AsNoTracking().SingleOrDefaultAsync(p => p.RoundId == roundId && p.ClientPhotoId == clientId, cancellationToken) is { } earlier)
        {
            return earlier.Sha256 == RoundPhoto.HashOf(upload.Content)
                ? new AddedPhoto<RoundPhotoResponse>(Describe(earlier), Replayed: true)
                : Error.BusinessRule("idempotency_key_reused", "This photo id was already used for another photo; use a new id for a new photo.");
        }

        if (status == RoundStatus.Completed)
        {
            return Error.IllegalTransition("add a photo", status.ToString()!, []);
        }

        var photo = RoundPhoto.Upload(roundId, upload.ClientPhotoId, upload.ContentType!, upload.Content, clock.GetUtcNow(), user.Actor);
        db.RoundPhotos.Add(photo);
        await db.SaveChangesAsync(cancellationToken);
        return new AddedPhoto<RoundPhotoResponse>(Describe(photo), Replayed: false);
    }

    private static RoundPhotoResponse Describe(RoundPhoto p) =>
        new(p.Id, p.RoundId.Value, p.ClientPhotoId, p.ContentType, p.Length, RoundResponse.PhotoUrl(p.RoundId, p.Id), p.UploadedAt);
}

internal static class AddRoundPhotoEndpoint
{
    public static void MapAddRoundPhoto(this IEndpointRouteBuilder facilities) =>
        facilities.MapPost("/rounds/{id:guid}/photos", async (Guid id, HttpRequest request, HttpResponse response,
                [FromHeader(Name = "Idempotency-Key")] string? idempotencyKey, IMediator mediator, CancellationToken cancellationToken) =>
            {
                var upload = await PhotoUpload.ReadAsync(request, cancellationToken);
                var added = await mediator.Send(new AddRoundPhoto(id, upload with { ClientPhotoId = idempotencyKey ?? upload.ClientPhotoId }), cancellationToken);
                return added.ToHttp(response, photo => photo.Url);
            })
            .Accepts<IFormFile>("multipart/form-data", ImageContent.Jpeg, ImageContent.Png, ImageContent.Webp)
            .RequireAuthorization(FacilitiesPermissions.Operate)
            .HasOwnIdempotency()
            .WithName("AddRoundPhoto")
            .WithSummary("Upload a photo taken on a round: the raw image as the body, or multipart with the field `file`")
            .WithDescription("Send `Idempotency-Key` (or `clientPhotoId`) so that a retry stores one photo: the retry answers 200 with `Idempotent-Replayed: true`. Name the photo's id in the item's `photoIds`.")
            .Produces<RoundPhotoResponse>(StatusCodes.Status201Created)
            .Produces<RoundPhotoResponse>()
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status409Conflict);
}
