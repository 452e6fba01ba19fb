using Microsoft.AspNetCore.Authentication.JwtBearer;

namespace Huiyin.Host.Jobs;

/// <summary>
/// The Hangfire dashboard is opened by navigating to it, which sends no bearer header. The SPA puts the
/// Admin's access token in a cookie scoped to <c>/hangfire</c> (SameSite=Strict); it is accepted there
/// and nowhere else, so the API itself never authenticates by cookie.
/// </summary>
internal static class DashboardCookie
{
    public const string Name = "huiyin_dashboard";
    public const string Path = "/hangfire";

    public static void AcceptDashboardCookie(this IServiceCollection services) =>
        services.PostConfigure<JwtBearerOptions>(JwtBearerDefaults.AuthenticationScheme, jwt =>
        {
            jwt.Events ??= new JwtBearerEvents();
            var earlier = jwt.Events.OnMessageReceived;
            jwt.Events.OnMessageReceived = async context =>
            {
                await earlier(context);
                if (context.Request.Path.StartsWithSegments(Path) && context.Request.Cookies.TryGetValue(Name, out var token))
                {
                    context.Token = token;
                }
            };
        });
}
