using Microsoft.AspNetCore.Http.Json;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;
using Microsoft.OpenApi;
using Swashbuckle.AspNetCore.SwaggerGen;

namespace Huiyin.Host.OpenApi;

internal static class SwaggerSetup
{
    private const string Bearer = "Bearer";
    private const string ApiKey = "ApiKey";

    /// <summary>The OpenAPI document at /swagger/v1/swagger.json: named operations, bearer and API-key security.</summary>
    public static void AddHuiyinOpenApi(this IServiceCollection services)
    {
        services.AddEndpointsApiExplorer();
        services.AddSwaggerGen(options =>
        {
            options.SwaggerDoc("v1", new OpenApiInfo
            {
                Title = "Huiyin 回音 API",
                Version = "v1",
                Description = "事事有着落，件件有回音 — the customer-service desk of property-management companies. "
                              + "Staff sign in at /api/v1/auth/login and send `Authorization: Bearer <token>`; integrators send `X-Api-Key`. "
                              + "Errors are RFC 9457 problem details.",
            });
            options.AddSecurityDefinition(Bearer, new OpenApiSecurityScheme
            {
                Type = SecuritySchemeType.Http,
                Scheme = "bearer",
                BearerFormat = "JWT",
                Description = "The accessToken from POST /api/v1/auth/login.",
            });
            options.AddSecurityDefinition(ApiKey, new OpenApiSecurityScheme
            {
                Type = SecuritySchemeType.ApiKey,
                In = ParameterLocation.Header,
                Name = "X-Api-Key",
                Description = "An API client's key (POST /api/v1/api-clients).",
            });
            options.AddSecurityRequirement(document => new OpenApiSecurityRequirement
            {
                [new OpenApiSecuritySchemeReference(Bearer, document)] = [],
                [new OpenApiSecuritySchemeReference(ApiKey, document)] = [],
            });
            options.SchemaFilter<PermissionSchemaFilter>();
            options.SchemaFilter<EnumNamesSchemaFilter>();
            options.OperationFilter<IdempotencyKeyHeaderFilter>();
            options.OperationFilter<QueryEnumFilter>();
            options.SupportNonNullableReferenceTypes();
            options.NonNullableReferenceTypesAsRequired();

            // A nullable or described enum property stays a reference to its enum schema (allOf), so clients get one type per enum.
            options.UseAllOfToExtendReferenceSchemas();
        });

        // The document describes what the endpoints write: the minimal-API JSON options (enums as names). Left to
        // itself the generator may take MVC's options instead, which nothing here configures.
        services.Replace(ServiceDescriptor.Transient<ISerializerDataContractResolver>(provider =>
            new JsonSerializerDataContractResolver(provider.GetRequiredService<IOptions<JsonOptions>>().Value.SerializerOptions)));
    }

    public static void UseHuiyinOpenApi(this WebApplication app)
    {
        app.UseSwagger();
        app.UseSwaggerUI(options =>
        {
            options.SwaggerEndpoint("/swagger/v1/swagger.json", "Huiyin API v1");
            options.DocumentTitle = "Huiyin 回音 API";
        });
    }
}
