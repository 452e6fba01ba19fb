using Huiyin.BuildingBlocks.Idempotency;
using Huiyin.BuildingBlocks.Results;
using Microsoft.AspNetCore.Http;

namespace Huiyin.BuildingBlocks.Http;

/// <summary>A photo an upload stored, or the one an earlier try of the same upload stored (a replay).</summary>
public sealed record AddedPhoto<TPhoto>(TPhoto Photo, bool Replayed);

public static class AddedPhotoHttp
{
    /// <summary>201 with the photo's location the first time; 200 with <c>Idempotent-Replayed: true</c> on a retry.</summary>
    public static IResult ToHttp<TPhoto>(this Result<AddedPhoto<TPhoto>> added, HttpResponse response, Func<TPhoto, string> location) =>
        added.ToHttp(photo =>
        {
            if (!photo.Replayed)
            {
                return TypedResults.Created(location(photo.Photo), photo.Photo);
            }

            response.Headers[IdempotentCreates.ReplayedHeader] = "true";
            return TypedResults.Ok(photo.Photo);
        });
}
