namespace Huiyin.Host.Security;

/// <summary>
/// The Content-Security-Policy of each kind of answer (docs/decisions/0011-content-security-policy.md says why each source is allowed).
/// </summary>
internal static class ContentSecurityPolicies
{
    /// <summary>
    /// The SPA and everything else the host serves: scripts only from the host's own files, never inline.
    /// antd's CSS-in-JS inserts &lt;style&gt; elements and ECharts' tooltips carry style attributes, hence inline styles.
    /// </summary>
    public const string Application =
        "default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline'; img-src 'self'; font-src 'self'; connect-src 'self'; " +
        "object-src 'none'; base-uri 'self'; form-action 'self'; frame-ancestors 'none'";

    /// <summary>The interactive API documentation at /swagger: Swagger UI also draws its icons from data: URIs.</summary>
    public const string ApiDocumentation =
        "default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline'; img-src 'self' data:; connect-src 'self'; " +
        "object-src 'none'; base-uri 'self'; form-action 'self'; frame-ancestors 'none'";

    public static string For(PathString path) =>
        path.StartsWithSegments("/swagger", StringComparison.OrdinalIgnoreCase) ? ApiDocumentation : Application;
}
