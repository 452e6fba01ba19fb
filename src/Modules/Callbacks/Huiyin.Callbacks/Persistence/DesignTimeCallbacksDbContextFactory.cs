using Huiyin.BuildingBlocks.Persistence;
using Microsoft.EntityFrameworkCore.Design;

namespace Huiyin.Callbacks.Persistence;

/// <summary>Lets <c>dotnet ef migrations add</c> build the model without a running host.</summary>
internal sealed class DesignTimeCallbacksDbContextFactory : IDesignTimeDbContextFactory<CallbacksDbContext>
{
    public CallbacksDbContext CreateDbContext(string[] args) =>
        new(PersistenceRegistration.DesignTimeOptions<CallbacksDbContext>(CallbacksDbContext.SchemaName));
}
