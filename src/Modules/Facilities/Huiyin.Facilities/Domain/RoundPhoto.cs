using Huiyin.BuildingBlocks.Http;

namespace Huiyin.Facilities.Domain;

/// <summary>A photo taken on a round; an item's result names it. A retried upload with the same client id is stored once.</summary>
internal sealed class RoundPhoto : StoredPhoto
{
    private RoundPhoto()
    {
    }

    public RoundId RoundId { get; private set; }

    public static RoundPhoto Upload(RoundId roundId, PhotoUpload upload, DateTimeOffset at, string actor)
    {
        var photo = new RoundPhoto { RoundId = roundId };
        photo.Store(upload, at, actor);
        return photo;
    }
}
