using Huiyin.BuildingBlocks.Persistence;
using Microsoft.EntityFrameworkCore.Design;

namespace Huiyin.Organization.Persistence;

/// <summary>Lets <c>dotnet ef migrations add</c> build the model without a running host.</summary>
internal sealed class DesignTimeOrganizationDbContextFactory : IDesignTimeDbContextFactory<OrganizationDbContext>
{
    public OrganizationDbContext CreateDbContext(string[] args) =>
        new(PersistenceRegistration.DesignTimeOptions<OrganizationDbContext>(OrganizationDbContext.SchemaName));
}
