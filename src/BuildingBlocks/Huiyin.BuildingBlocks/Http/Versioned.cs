using Microsoft.AspNetCore.Http;

namespace Huiyin.BuildingBlocks.Http;

/// <summary>A resource with the row version it was read at, answered with an <c>ETag</c> header.</summary>
public sealed record Versioned<T>(T Resource, uint Version)
{
    public IResult ToOk(HttpResponse response)
    {
        ETags.Set(response, Version);
        return TypedResults.Ok(Resource);
    }
}
