using Huiyin.BuildingBlocks.Http;
using Huiyin.BuildingBlocks.Messaging;
using Huiyin.BuildingBlocks.Results;
using Huiyin.Facilities.Contracts;
using Huiyin.Facilities.Domain;
using Huiyin.Facilities.Persistence;
using MediatR;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.EntityFrameworkCore;

namespace Huiyin.Facilities.Features.Inspections;

internal sealed record GetRoundPhoto(Guid RoundId, Guid PhotoId) : IQuery<Result<RoundPhotoFile>>;

internal sealed record RoundPhotoFile(string ContentType, byte[] Content);

internal sealed class GetRoundPhotoHandler(FacilitiesDbContext db) : IRequestHandler<GetRoundPhoto, Result<RoundPhotoFile>>
{
    public async Task<Result<RoundPhotoFile>> Handle(GetRoundPhoto request, CancellationToken cancellationToken) =>
        await db.RoundPhotos.AsNoTracking()
            .Where(p => p.Id == request.PhotoId && p.RoundId == new RoundId(request.RoundId))
            .Select(p => new RoundPhotoFile(p.ContentType, p.Content))
            .SingleOrDefaultAsync(cancellationToken) is { } photo
            ? photo
            : Error.NotFound("Photo", request.PhotoId);
}

internal static class GetRoundPhotoEndpoint
{
    public static void MapGetRoundPhoto(this IEndpointRouteBuilder facilities) =>
        facilities.MapGet("/rounds/{id:guid}/photos/{photoId:guid}", async (Guid id, Guid photoId, IMediator mediator, CancellationToken cancellationToken) =>
                (await mediator.Send(new GetRoundPhoto(id, photoId), cancellationToken))
                .ToHttp(photo => Attachments.File(photo.Content, photo.ContentType, ImageContent.FileName(photoId, photo.ContentType))))
            .RequireAuthorization(FacilitiesPermissions.Read)
            .WithName("GetRoundPhoto")
            .WithSummary("Download a photo taken on a round")
            .Produces(StatusCodes.Status200OK, null, ImageContent.Jpeg, ImageContent.Png, ImageContent.Webp)
            .ProducesProblem(StatusCodes.Status404NotFound);
}
