using System.Text.Json;
using System.Text.Json.Nodes;
using Huiyin.BuildingBlocks.Localization;
using Huiyin.BuildingBlocks.Results;
using MediatR;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.Json;
using FromHeaderAttribute = Microsoft.AspNetCore.Mvc.FromHeaderAttribute;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.Options;

namespace Huiyin.BuildingBlocks.Http;

/// <summary>
/// <c>PATCH {id}</c> with <c>application/merge-patch+json</c> beside a resource's <c>PUT</c>: the resource is read, shown as
/// the PUT's body, merged with the patch and sent as the same update under the caller's <c>If-Match</c>, so the two
/// share one set of rules and a patch onto a version other than the one the caller read is a 412.
/// </summary>
public static class MergePatchEndpoint
{
    public static RouteHandlerBuilder MapMergePatch<TResource, TForm>(
        this IEndpointRouteBuilder group,
        Func<Guid, IRequest<Result<Versioned<TResource>>>> read,
        Func<TResource, TForm> formOf,
        Func<Guid, uint?, TForm, IRequest<Result<Versioned<TResource>>>> update) =>
        group.MapPatch("/{id:guid}", async (Guid id, HttpRequest request, [FromHeader(Name = "If-Match")] string? ifMatch, HttpResponse response,
                IMediator mediator, IOptions<JsonOptions> json, Wording wording, CancellationToken cancellationToken) =>
            {
                if (!IsMergePatch(request))
                {
                    return TypedResults.Problem(statusCode: StatusCodes.Status415UnsupportedMediaType,
                        title: wording.Title(StatusCodes.Status415UnsupportedMediaType, "Unsupported content type."),
                        detail: wording.Of("merge_patch_required", $"Send the changes as {MergePatch.ContentType} (RFC 7396)."),
                        extensions: new Dictionary<string, object?> { ["code"] = "merge_patch_required" });
                }

                var patch = await ReadPatchAsync(request, cancellationToken);
                if (ETags.Parse(ifMatch) is not { } version)
                {
                    return ProblemResults.From(Error.IfMatchRequired());
                }

                var current = await mediator.Send(read(id), cancellationToken);
                if (current.IsFailure)
                {
                    return ProblemResults.From(current.Error);
                }

                var options = json.Value.SerializerOptions;
                var merged = MergePatch.Apply(JsonSerializer.SerializeToNode(formOf(current.Value.Resource), options), patch);
                var updated = await mediator.Send(update(id, version, FormOf<TForm>(merged, options)), cancellationToken);
                return updated.ToHttp(result => result.ToOk(response));
            })
            .Accepts<JsonObject>(MergePatch.ContentType)
            .Produces<TResource>()
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status409Conflict)
            .ProducesProblem(StatusCodes.Status412PreconditionFailed)
            .ProducesProblem(StatusCodes.Status415UnsupportedMediaType)
            .ProducesProblem(StatusCodes.Status428PreconditionRequired);

    private static bool IsMergePatch(HttpRequest request) =>
        request.ContentType is { } type && type.Split(';')[0].Trim().Equals(MergePatch.ContentType, StringComparison.OrdinalIgnoreCase);

    private static async Task<JsonObject> ReadPatchAsync(HttpRequest request, CancellationToken cancellationToken)
    {
        try
        {
            return await JsonNode.ParseAsync(request.Body, cancellationToken: cancellationToken) as JsonObject
                ?? throw new BadHttpRequestException("A merge patch is a JSON object of the fields to change.", StatusCodes.Status400BadRequest);
        }
        catch (JsonException invalid)
        {
            throw new BadHttpRequestException("The merge patch is not valid JSON.", StatusCodes.Status400BadRequest, invalid);
        }
    }

    private static TForm FormOf<TForm>(JsonNode? merged, JsonSerializerOptions options)
    {
        try
        {
            return merged.Deserialize<TForm>(options)
                ?? throw new BadHttpRequestException("A merge patch is a JSON object of the fields to change.", StatusCodes.Status400BadRequest);
        }
        catch (JsonException wrongType)
        {
            throw new BadHttpRequestException("A field of the merge patch has a value of the wrong type.", StatusCodes.Status400BadRequest, wrongType);
        }
    }
}
