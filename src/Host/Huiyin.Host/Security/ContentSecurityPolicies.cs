namespace Huiyin.Host.Security;

/// <summary>
/// The Content-Security-Policy of each kind of answer; docs/decisions/0011-content-security-policy.md says why each source is allowed.
/// Scripts come only from the host's own files, never inline, everywhere.
/// </summary>
internal static class ContentSecurityPolicies
{
    private const string Common =
        "default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline'; font-src 'self'; connect-src 'self'; " +
        "object-src 'none'; base-uri 'self'; form-action 'self'; frame-ancestors 'none'";

    /// <summary>The SPA, the API and everything else. antd's CSS-in-JS inserts &lt;style&gt; elements and ECharts' tooltips carry style attributes.</summary>
    public const string Application = Common + "; img-src 'self'";

    /// <summary>The operators' tools: Swagger UI (/swagger) draws its icons from data: URIs, the Hangfire dashboard (/hangfire) its favicon.</summary>
    public const string Tools = Common + "; img-src 'self' data:";

    public static string For(PathString path) =>
        path.StartsWithSegments("/swagger", StringComparison.OrdinalIgnoreCase) || path.StartsWithSegments("/hangfire", StringComparison.OrdinalIgnoreCase)
            ? Tools
            : Application;
}
