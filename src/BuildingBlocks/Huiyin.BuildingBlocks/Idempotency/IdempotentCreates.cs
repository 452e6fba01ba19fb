using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.Metadata;
using Microsoft.AspNetCore.Routing;

namespace Huiyin.BuildingBlocks.Idempotency;

/// <summary>
/// Which endpoints take an <c>Idempotency-Key</c>: every POST declared to answer 201 Created, read from the endpoint's
/// metadata, so a new module's creates are covered without a line of their own.
/// </summary>
public static class IdempotentCreates
{
    public const string Header = "Idempotency-Key";
    public const string ReplayedHeader = "Idempotent-Replayed";
    public const int MaxKeyLength = 100;

    public static bool Covers(IEnumerable<object> metadata) =>
        metadata.OfType<IHttpMethodMetadata>().Any(m => m.HttpMethods.Contains(HttpMethods.Post))
        && metadata.OfType<IProducesResponseTypeMetadata>().Any(m => m.StatusCode == StatusCodes.Status201Created)
        && !metadata.OfType<OwnIdempotency>().Any();

    /// <summary>The endpoint reads <c>Idempotency-Key</c> itself, with semantics of its own (a retried photo upload answers 200).</summary>
    public static TBuilder HasOwnIdempotency<TBuilder>(this TBuilder endpoint)
        where TBuilder : IEndpointConventionBuilder =>
        endpoint.WithMetadata(new OwnIdempotency());

    private sealed class OwnIdempotency;
}
