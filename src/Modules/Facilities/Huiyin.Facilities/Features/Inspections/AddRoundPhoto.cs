using FluentValidation;
using Huiyin.BuildingBlocks.Http;
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
using Microsoft.AspNetCore.Routing;
using Microsoft.EntityFrameworkCore;

namespace Huiyin.Facilities.Features.Inspections;

/// <summary>A photo from a round (JPEG, PNG or WebP by content, at most 10 MB); an item's result names it. A retried upload with the same client id is stored once.</summary>
internal sealed record AddRoundPhoto(Guid RoundId, PhotoUpload Upload) : ICommand<Result<AddedPhoto<RoundPhotoResponse>>>;

internal sealed record RoundPhotoResponse(Guid Id, Guid RoundId, string? ClientPhotoId, string ContentType, int Length, string Url, DateTimeOffset UploadedAt);

internal sealed class AddRoundPhotoValidator : AbstractValidator<AddRoundPhoto>
{
    public AddRoundPhotoValidator() => this.MustBeAPhoto(x => x.Upload);
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
            return PhotoUploadEndpoint.Retried(earlier, upload, Describe(earlier));
        }

        if (status == RoundStatus.Completed)
        {
            return Error.IllegalTransition("add a photo", status.ToString()!, []);
        }

        var photo = RoundPhoto.Upload(roundId, upload, clock.GetUtcNow(), user.Actor);
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
        facilities.MapPhotoUpload<RoundPhotoResponse>("/rounds/{id:guid}/photos", (id, upload) => new AddRoundPhoto(id, upload), photo => photo.Url)
            .RequireAuthorization(FacilitiesPermissions.Rounds)
            .WithName("AddRoundPhoto")
            .WithSummary("Upload a photo taken on a round: the raw image as the body, or multipart with the field `file`")
            .WithDescription("Send `Idempotency-Key` (or `clientPhotoId`) so that a retry stores one photo: the retry answers 200 with `Idempotent-Replayed: true`. Name the photo's id in the item's `photoIds`.")
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status409Conflict);
}
