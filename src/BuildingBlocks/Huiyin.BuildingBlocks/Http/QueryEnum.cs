using Microsoft.AspNetCore.Builder;

namespace Huiyin.BuildingBlocks.Http;

/// <summary>
/// The enum a string query parameter takes (one member, or a comma-separated list of them), for the OpenAPI
/// document; the endpoint's validator still reads the text, so a wrong value is a 400 naming the parameter.
/// </summary>
public sealed record QueryEnum(string Parameter, Type EnumType, bool CommaSeparated);

public static class QueryEnumEndpoints
{
    public static RouteHandlerBuilder TakesEnum<TEnum>(this RouteHandlerBuilder endpoint, string parameter, bool commaSeparated = false)
        where TEnum : struct, Enum =>
        endpoint.WithMetadata(new QueryEnum(parameter, typeof(TEnum), commaSeparated));
}
