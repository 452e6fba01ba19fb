using Huiyin.BuildingBlocks.Persistence;
using Microsoft.Extensions.DependencyInjection;

namespace Huiyin.BuildingBlocks.Auditing;

public static class AuditRegistration
{
    /// <summary>The audit trail's table (schema <c>platform</c>, migrated at start-up with the modules') and its reader.</summary>
    public static IServiceCollection AddAuditTrail(this IServiceCollection services)
    {
        services.AddPlatformDbContext<AuditDbContext>(AuditDbContext.SchemaName);
        services.AddScoped(provider => new AuditTrail(provider.GetRequiredService<AuditDbContext>()));
        return services;
    }
}
