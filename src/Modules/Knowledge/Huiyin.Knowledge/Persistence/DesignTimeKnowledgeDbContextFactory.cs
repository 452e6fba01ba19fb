using Huiyin.BuildingBlocks.Persistence;
using Microsoft.EntityFrameworkCore.Design;

namespace Huiyin.Knowledge.Persistence;

/// <summary>Lets <c>dotnet ef migrations add</c> build the model without a running host.</summary>
internal sealed class DesignTimeKnowledgeDbContextFactory : IDesignTimeDbContextFactory<KnowledgeDbContext>
{
    public KnowledgeDbContext CreateDbContext(string[] args) =>
        new(PersistenceRegistration.DesignTimeOptions<KnowledgeDbContext>(KnowledgeDbContext.SchemaName));
}
