using Huiyin.BuildingBlocks.Http;
using Microsoft.OpenApi;
using Swashbuckle.AspNetCore.SwaggerGen;

namespace Huiyin.Host.OpenApi;

/// <summary>Types each <see cref="QueryEnum"/> parameter as its enum, or as a comma-separated array of it.</summary>
internal sealed class QueryEnumFilter : IOperationFilter
{
    public void Apply(OpenApiOperation operation, OperationFilterContext context)
    {
        foreach (var declared in context.ApiDescription.ActionDescriptor.EndpointMetadata.OfType<QueryEnum>())
        {
            var parameter = operation.Parameters?.OfType<OpenApiParameter>().SingleOrDefault(p => p.In == ParameterLocation.Query && p.Name == declared.Parameter)
                            ?? throw new InvalidOperationException($"{operation.OperationId} declares an enum for a query parameter it does not have: {declared.Parameter}.");
            var member = context.SchemaGenerator.GenerateSchema(declared.EnumType, context.SchemaRepository);
            if (!declared.CommaSeparated)
            {
                parameter.Schema = member;
                continue;
            }

            parameter.Schema = new OpenApiSchema { Type = JsonSchemaType.Array, Items = member };
            parameter.Explode = false;
        }
    }
}
