namespace Huiyin.Host.Security;

internal static class BrowserHardening
{
    /// <summary>No <c>Server</c> header; HSTS for a year, subdomains included, once a browser has reached the host over HTTPS.</summary>
    public static void AddBrowserHardening(this WebApplicationBuilder builder)
    {
        builder.WebHost.ConfigureKestrel(kestrel => kestrel.AddServerHeader = false);
        builder.Services.AddHsts(hsts =>
        {
            hsts.MaxAge = TimeSpan.FromDays(365);
            hsts.IncludeSubDomains = true;
        });
    }

    /// <summary>
    /// HSTS outside Development (only on HTTPS requests: behind a proxy that terminates TLS the forwarded scheme counts,
    /// see ASPNETCORE_FORWARDEDHEADERS_ENABLED in deploy/), then the security headers on every answer.
    /// </summary>
    public static void UseBrowserHardening(this WebApplication app)
    {
        if (!app.Environment.IsDevelopment())
        {
            app.UseHsts();
        }

        app.UseMiddleware<SecurityHeadersMiddleware>();
    }
}
