using Microsoft.Extensions.FileProviders;

namespace Huiyin.Host.Spa;

/// <summary>
/// Serves the built SPA (<c>Spa:RootPath</c>, normally web/dist) so one process serves the whole product;
/// unknown paths fall back to index.html for client-side routes.
/// </summary>
internal static class SpaHosting
{
    public static void UseHuiyinSpaFiles(this WebApplication app)
    {
        if (SpaFiles(app) is { } files)
        {
            app.UseDefaultFiles(new DefaultFilesOptions { FileProvider = files });
            app.UseStaticFiles(new StaticFileOptions { FileProvider = files });
        }
    }

    /// <summary>Client-side routes get index.html; API paths never do (they stay 404, 405 or 415 problems).</summary>
    public static void MapHuiyinSpaFallback(this WebApplication app)
    {
        if (SpaFiles(app) is { } files)
        {
            app.MapFallbackToFile("{*path:nonfile:regex(^(?!api/|swagger|hangfire|health/).*$)}", "index.html", new StaticFileOptions { FileProvider = files })
                .AllowAnonymous();
        }
    }

    private static PhysicalFileProvider? SpaFiles(WebApplication app)
    {
        var root = app.Configuration["Spa:RootPath"];
        return !string.IsNullOrWhiteSpace(root) && File.Exists(Path.Combine(root, "index.html"))
            ? new PhysicalFileProvider(Path.GetFullPath(root))
            : null;
    }
}
