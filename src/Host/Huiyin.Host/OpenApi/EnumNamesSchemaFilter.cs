using System.Reflection;
using Huiyin.BuildingBlocks.Http;
using Microsoft.OpenApi;
using Swashbuckle.AspNetCore.SwaggerGen;

namespace Huiyin.Host.OpenApi;

/// <summary>Types an <see cref="EnumNamesAttribute"/> property, or its items when it is a list, as the enum it names.</summary>
internal sealed class EnumNamesSchemaFilter : ISchemaFilter
{
    public void Apply(IOpenApiSchema schema, SchemaFilterContext context)
    {
        if (schema is not OpenApiSchema property || context.MemberInfo?.GetCustomAttribute<EnumNamesAttribute>() is not { } names)
        {
            return;
        }

        var member = context.SchemaGenerator.GenerateSchema(names.EnumType, context.SchemaRepository);
        if (property.Type?.HasFlag(JsonSchemaType.Array) == true)
        {
            property.Items = member;
        }
        else
        {
            property.Type = null;
            property.AllOf = [member];
        }
    }
}
