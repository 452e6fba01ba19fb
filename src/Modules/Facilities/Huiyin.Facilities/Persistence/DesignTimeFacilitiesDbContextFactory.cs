using Huiyin.BuildingBlocks.Persistence;
using Microsoft.EntityFrameworkCore.Design;

namespace Huiyin.Facilities.Persistence;

/// <summary>Lets <c>dotnet ef migrations add</c> build the model without a running host.</summary>
internal sealed class DesignTimeFacilitiesDbContextFactory : IDesignTimeDbContextFactory<FacilitiesDbContext>
{
    public FacilitiesDbContext CreateDbContext(string[] args) =>
        new(PersistenceRegistration.DesignTimeOptions<FacilitiesDbContext>(FacilitiesDbContext.SchemaName));
}
