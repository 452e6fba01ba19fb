using Huiyin.BuildingBlocks.Idempotency;
using Microsoft.OpenApi;
using Swashbuckle.AspNetCore.SwaggerGen;

namespace Huiyin.Host.OpenApi;

/// <summary>Declares the <c>Idempotency-Key</c> header on every operation the idempotency middleware covers (every create).</summary>
internal sealed class IdempotencyKeyHeaderFilter : IOperationFilter
{
    public void Apply(OpenApiOperation operation, OperationFilterContext context)
    {
        if (!IdempotentCreates.Covers(context.ApiDescription.ActionDescriptor.EndpointMetadata))
        {
            return;
        }

        operation.Parameters ??= [];
        operation.Parameters.Add(new OpenApiParameter
        {
            Name = IdempotentCreates.Header,
            In = ParameterLocation.Header,
            Description = "Any unique string (a UUID, say) to make a retry safe: the same key and request answer the first response again, "
                          + "with `Idempotent-Replayed: true`; the same key with another request is a 422, and while the first is still running a 409. "
                          + "Keys are the caller's own and are kept for 24 hours.",
            Schema = new OpenApiSchema { Type = JsonSchemaType.String, MaxLength = IdempotentCreates.MaxKeyLength },
        });
    }
}
