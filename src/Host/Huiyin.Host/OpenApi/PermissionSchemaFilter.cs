using System.Reflection;
using System.Text.Json.Nodes;
using Huiyin.BuildingBlocks.Security;
using Huiyin.Organization.Contracts;
using Microsoft.OpenApi;
using Swashbuckle.AspNetCore.SwaggerGen;

namespace Huiyin.Host.OpenApi;

/// <summary>Types the items of a <see cref="PermissionNamesAttribute"/> list as the <c>Permission</c> enum of every declared name.</summary>
internal sealed class PermissionSchemaFilter(IEnumerable<ModulePermissions> modules) : ISchemaFilter
{
    private const string SchemaId = "Permission";

    public void Apply(IOpenApiSchema schema, SchemaFilterContext context)
    {
        if (schema is OpenApiSchema list && context.MemberInfo?.IsDefined(typeof(PermissionNamesAttribute)) == true)
        {
            list.Items = PermissionSchema(context.SchemaRepository);
        }
    }

    private OpenApiSchemaReference PermissionSchema(SchemaRepository repository)
    {
        if (repository.Schemas.ContainsKey(SchemaId))
        {
            return new OpenApiSchemaReference(SchemaId);
        }

        var names = modules.SelectMany(module => module.Names).Order(StringComparer.Ordinal);
        return repository.AddDefinition(SchemaId, new OpenApiSchema
        {
            Type = JsonSchemaType.String,
            Description = "A permission: a policy on endpoints, a claim in a staff member's token, a scope of an API client.",
            Enum = [.. names.Select(name => (JsonNode)JsonValue.Create(name))],
        });
    }
}
