using Huiyin.BuildingBlocks.Idempotency;
using Huiyin.BuildingBlocks.Results;
using MediatR;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Routing;

namespace Huiyin.BuildingBlocks.Http;

public static class PhotoUploadEndpoint
{
    /// <summary>
    /// POST <paramref name="pattern"/> (with an <c>{id:guid}</c> of what the photo belongs to): the raw image as the body or multipart's
    /// <c>file</c>, with the <c>Idempotency-Key</c> header (or <c>clientPhotoId</c>) as the client's id for it, sent as <paramref name="command"/>;
    /// 201 with the photo's location, 200 on a retry.
    /// </summary>
    public static RouteHandlerBuilder MapPhotoUpload<TPhoto>(this IEndpointRouteBuilder routes, string pattern,
        Func<Guid, PhotoUpload, IRequest<Result<AddedPhoto<TPhoto>>>> command, Func<TPhoto, string> location) =>
        routes.MapPost(pattern, async (Guid id, HttpRequest request, HttpResponse response, [FromHeader(Name = "Idempotency-Key")] string? idempotencyKey,
                    IMediator mediator, CancellationToken cancellationToken) =>
                {
                    var upload = await PhotoUpload.ReadAsync(request, cancellationToken);
                    var added = await mediator.Send(command(id, upload with { ClientPhotoId = idempotencyKey ?? upload.ClientPhotoId }), cancellationToken);
                    return added.ToHttp(response, location);
                })
            .Accepts<IFormFile>("multipart/form-data", ImageContent.Jpeg, ImageContent.Png, ImageContent.Webp)
            .HasOwnIdempotency()
            .Produces<TPhoto>(StatusCodes.Status201Created)
            .Produces<TPhoto>()
            .ProducesValidationProblem();

    /// <summary>The answer to an upload whose client id names an earlier photo: that photo again, or 422 when other bytes came under the id.</summary>
    public static Result<AddedPhoto<TResponse>> Retried<TResponse>(StoredPhoto earlier, PhotoUpload upload, TResponse described) =>
        earlier.IsRetryOf(upload)
            ? new AddedPhoto<TResponse>(described, Replayed: true)
            : Error.BusinessRule("idempotency_key_reused", "This photo id was already used for another photo; use a new id for a new photo.");
}
