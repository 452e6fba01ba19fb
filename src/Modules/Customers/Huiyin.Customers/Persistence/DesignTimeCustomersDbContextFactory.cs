using Huiyin.BuildingBlocks.Persistence;
using Microsoft.EntityFrameworkCore.Design;

namespace Huiyin.Customers.Persistence;

/// <summary>Lets <c>dotnet ef migrations add</c> build the model without a running host.</summary>
internal sealed class DesignTimeCustomersDbContextFactory : IDesignTimeDbContextFactory<CustomersDbContext>
{
    public CustomersDbContext CreateDbContext(string[] args) =>
        new(PersistenceRegistration.DesignTimeOptions<CustomersDbContext>(CustomersDbContext.SchemaName));
}
