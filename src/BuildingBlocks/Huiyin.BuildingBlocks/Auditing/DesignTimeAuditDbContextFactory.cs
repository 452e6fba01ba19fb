using Huiyin.BuildingBlocks.Persistence;
using Microsoft.EntityFrameworkCore.Design;

namespace Huiyin.BuildingBlocks.Auditing;

/// <summary>Lets <c>dotnet ef migrations add</c> build the model without a running host.</summary>
internal sealed class DesignTimeAuditDbContextFactory : IDesignTimeDbContextFactory<AuditDbContext>
{
    public AuditDbContext CreateDbContext(string[] args) =>
        new(PersistenceRegistration.DesignTimeOptions<AuditDbContext>(AuditDbContext.SchemaName));
}
