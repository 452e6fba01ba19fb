using Huiyin.BuildingBlocks.Http;
using Huiyin.BuildingBlocks.Messaging;
using Huiyin.BuildingBlocks.Results;
using Huiyin.Tickets.Persistence;
using MediatR;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.EntityFrameworkCore;

namespace Huiyin.Tickets.Features.FieldWork;

/// <summary>A photo of one of the caller's jobs, as stored.</summary>
internal sealed record GetJobPhoto(Guid TicketId, Guid PhotoId) : IQuery<Result<PhotoFile>>;

internal sealed record PhotoFile(string ContentType, byte[] Content);

internal sealed class GetJobPhotoHandler(TicketsDbContext db, CrewAccess crew) : IRequestHandler<GetJobPhoto, Result<PhotoFile>>
{
    public async Task<Result<PhotoFile>> Handle(GetJobPhoto request, CancellationToken cancellationToken)
    {
        var job = await crew.JobAsync(request.TicketId, cancellationToken);
        if (job.IsFailure)
        {
            return job.Error;
        }

        var photo = await db.Photos.AsNoTracking()
            .Where(p => p.Id == request.PhotoId && p.TicketId == job.Value.Id)
            .Select(p => new PhotoFile(p.ContentType, p.Content))
            .SingleOrDefaultAsync(cancellationToken);
        return photo is null ? Error.NotFound("Photo", request.PhotoId) : photo;
    }
}

internal static class GetJobPhotoEndpoint
{
    public static void MapGetJobPhoto(this IEndpointRouteBuilder jobs) =>
        jobs.MapGet("/{id:guid}/photos/{photoId:guid}", async (Guid id, Guid photoId, IMediator mediator, CancellationToken cancellationToken) =>
                (await mediator.Send(new GetJobPhoto(id, photoId), cancellationToken)).ToHttp(photo => Attachments.File(photo.Content, photo.ContentType, ImageContent.FileName(photoId, photo.ContentType))))
            .AsJobRead("GetJobPhoto", "Download a photo of one of the caller's jobs")
            .Produces(StatusCodes.Status200OK, null, ImageContent.Jpeg, ImageContent.Png, ImageContent.Webp);
}
