using Huiyin.BuildingBlocks.Persistence;
using Microsoft.EntityFrameworkCore.Design;

namespace Huiyin.BuildingBlocks.Idempotency;

/// <summary>Lets <c>dotnet ef migrations add</c> build the model without a running host.</summary>
internal sealed class DesignTimeIdempotencyDbContextFactory : IDesignTimeDbContextFactory<IdempotencyDbContext>
{
    public IdempotencyDbContext CreateDbContext(string[] args) =>
        new(PersistenceRegistration.DesignTimeOptions<IdempotencyDbContext>(IdempotencyDbContext.SchemaName));
}
