using Huiyin.BuildingBlocks.Results;
using Huiyin.Organization.Features;
using Microsoft.AspNetCore.Http;

namespace Huiyin.Organization.Auth;

/// <summary>
/// The browser's form of the refresh token: an HttpOnly, Secure, SameSite=Strict cookie sent to the refresh route
/// only, so that no script on the page can read it. A client asks for it by sending <see cref="Header"/> on sign-in;
/// a refresh by the cookie must carry the same header, which a page of another site cannot send without CORS.
/// </summary>
internal static class RefreshCookie
{
    public const string Name = "__Secure-huiyin-refresh";
    public const string Path = "/api/v1/auth/refresh";
    public const string Header = "X-Session-Transport";
    public const string HeaderValue = "cookie";

    public static bool IsAskedFor(HttpRequest request) =>
        string.Equals(request.Headers[Header].ToString(), HeaderValue, StringComparison.OrdinalIgnoreCase);

    /// <summary>The session in the form the client asked for: the refresh token in the body, or in the cookie and not in the body.</summary>
    public static IResult Answer(HttpContext http, SessionResponse session, TimeSpan refreshLifetime)
    {
        if (!IsAskedFor(http.Request))
        {
            return TypedResults.Ok(session);
        }

        http.Response.Cookies.Append(Name, session.RefreshToken!, Options(refreshLifetime));
        return TypedResults.Ok(session with { RefreshToken = null });
    }

    /// <summary>
    /// The refresh token a request presents: the body's, else the cookie's when the request also carries the header
    /// (a cookie without it is refused as a possible cross-site request). Empty when there is neither.
    /// </summary>
    public static Result<string> TokenOf(HttpRequest request, string? bodyToken)
    {
        if (!string.IsNullOrEmpty(bodyToken) || !request.Cookies.TryGetValue(Name, out var cookie))
        {
            return bodyToken ?? "";
        }

        return IsAskedFor(request)
            ? cookie
            : Error.Forbidden("session_header_missing", $"A refresh by the session cookie must carry the header {Header}: {HeaderValue}.");
    }

    public static void Clear(HttpResponse response) => response.Cookies.Delete(Name, Options(TimeSpan.Zero));

    private static CookieOptions Options(TimeSpan lifetime) => new()
    {
        HttpOnly = true,
        Secure = true,
        SameSite = SameSiteMode.Strict,
        Path = Path,
        MaxAge = lifetime,
        IsEssential = true,
    };
}
