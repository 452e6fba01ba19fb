using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Authorization.Infrastructure;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.Metadata;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;

namespace Huiyin.Api.Tests;

/// <summary>
/// An endpoint the host maps: a request that reaches it (route values filled, a content type it accepts) and the
/// permissions it requires — every one of <see cref="Requirements"/>, each met by any one of its permissions.
/// </summary>
internal sealed record GuardedEndpoint(string Method, string Path, string? ContentType, bool Anonymous, IReadOnlyList<IReadOnlyList<string>> Requirements)
{
    public override string ToString() => $"{Method} {Path}";

    public bool IsMetBy(IReadOnlySet<string> permissions) => Requirements.All(anyOf => anyOf.Any(permissions.Contains));

    /// <summary>Every API and hub endpoint of the host.</summary>
    public static IReadOnlyList<GuardedEndpoint> All(IServiceProvider services) =>
        [.. from endpoint in services.GetServices<EndpointDataSource>().SelectMany(source => source.Endpoints).OfType<RouteEndpoint>()
            let pattern = endpoint.RoutePattern.RawText!.TrimStart('/')
            where pattern.StartsWith("api/", StringComparison.Ordinal) || pattern.StartsWith("hubs/", StringComparison.Ordinal)
            from method in endpoint.Metadata.GetMetadata<HttpMethodMetadata>()?.HttpMethods ?? ["GET"]
            select new GuardedEndpoint(method, Concrete(pattern), endpoint.Metadata.GetMetadata<IAcceptsMetadata>()?.ContentTypes.FirstOrDefault(),
                endpoint.Metadata.GetMetadata<IAllowAnonymous>() is not null, RequirementsOf(endpoint))];

    /// <summary>Named policies are one permission each; an inline claim requirement is met by any of its values.</summary>
    public static IReadOnlyList<IReadOnlyList<string>> RequirementsOf(Endpoint endpoint)
    {
        var named = endpoint.Metadata.GetOrderedMetadata<IAuthorizeData>().Select(data => data.Policy).OfType<string>()
            .Select(permission => (IReadOnlyList<string>)[permission]);
        var inline = endpoint.Metadata.GetOrderedMetadata<AuthorizationPolicy>()
            .SelectMany(policy => policy.Requirements.OfType<ClaimsAuthorizationRequirement>())
            .Select(requirement => (IReadOnlyList<string>)[.. requirement.AllowedValues ?? []]);
        return [.. named.Concat(inline)];
    }

    private static string Concrete(string pattern) => "/" + Regex.Replace(pattern, @"\{(\w+)(:(\w+))?[^}]*\}", parameter => parameter.Groups[3].Value switch
    {
        "int" or "long" => "1",
        "guid" => Guid.NewGuid().ToString(),
        _ => parameter.Groups[1].Value == "module" ? "organization" : "x",
    });
}
