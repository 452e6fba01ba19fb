using Huiyin.BuildingBlocks.Http;
using Huiyin.BuildingBlocks.Results;
using Microsoft.Extensions.FileProviders;

namespace Huiyin.Host.Spa;

/// <summary>
/// Serves the built SPA (<c>Spa:RootPath</c>, normally web/dist) so one process serves the whole product;
/// unknown paths fall back to index.html for client-side routes, but unknown API paths stay 404 problems.
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

    public static void MapHuiyinSpaFallback(this WebApplication app, string apiPrefix)
    {
        app.Map($"{apiPrefix}/{{**path}}", (string? path) => ProblemResults.From(Error.NotFound("API route", $"{apiPrefix}/{path}")))
            .AllowAnonymous()
            .ExcludeFromDescription();
        if (SpaFiles(app) is { } files)
        {
            app.MapFallbackToFile("index.html", new StaticFileOptions { FileProvider = files }).AllowAnonymous();
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
