using Microsoft.AspNetCore.Diagnostics.HealthChecks;

namespace Huiyin.Host.Health;

internal static class HealthEndpoints
{
    /// <summary><c>/health/live</c>: the process answers. <c>/health/ready</c>: it can serve (database included).</summary>
    public static void MapHuiyinHealth(this WebApplication app)
    {
        app.MapHealthChecks("/health/live", new HealthCheckOptions { Predicate = _ => false }).AllowAnonymous();
        app.MapHealthChecks("/health/ready", new HealthCheckOptions { Predicate = check => check.Tags.Contains(DatabaseHealthCheck.ReadyTag) })
            .AllowAnonymous();
    }
}
