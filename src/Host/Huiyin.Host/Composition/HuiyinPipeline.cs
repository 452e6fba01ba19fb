using Huiyin.BuildingBlocks.Http.StorableText;
using Huiyin.BuildingBlocks.Idempotency;
using Huiyin.BuildingBlocks.Modules;
using Huiyin.Host.Health;
using Huiyin.Host.Jobs;
using Huiyin.Host.Logging;
using Huiyin.Host.OpenApi;
using Huiyin.Host.Security;
using Huiyin.Host.Spa;
using Huiyin.Host.SystemAdmin;
using Serilog;

namespace Huiyin.Host.Composition;

internal static class HuiyinPipeline
{
    public const string ApiPrefix = "/api/v1";

    /// <summary>
    /// The request pipeline: the browser-hardening headers (first, so that every answer carries them), the caller's language
    /// (so that every problem below is worded in it), correlation and logging, errors (inside the request log, so that it records
    /// the status the caller got, not a 500 for every exception turned into a 400), then auth, then the endpoints and the SPA.
    /// </summary>
    public static void UseHuiyin(this WebApplication app, IReadOnlyList<IModule> modules)
    {
        app.UseBrowserHardening();
        app.UseRequestLocalization();
        app.UseMiddleware<CorrelationIdMiddleware>();
        app.UseSerilogRequestLogging();
        app.UseExceptionHandler();
        app.UseStatusCodePages();
        app.UseHuiyinSpaFiles();
        app.UseAuthentication();
        app.UseRateLimiter();
        app.UseAuthorization();
        app.UseStorableTextOnly();
        app.UseIdempotentCreates();
        app.UseHuiyinOpenApi();
        app.UseHuiyinJobs(modules);
        app.MapHuiyinHealth();

        var api = app.MapGroup(ApiPrefix).RequireAuthorization();
        foreach (var module in modules)
        {
            module.MapEndpoints(api);
            module.MapRootEndpoints(app);
        }

        api.MapSystemAdministration();
        api.MapAuditTrail();
        app.MapHuiyinSpaFallback();
    }
}
