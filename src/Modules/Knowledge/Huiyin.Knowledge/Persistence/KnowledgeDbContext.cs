using Huiyin.BuildingBlocks.Persistence;
using Huiyin.Knowledge.Domain;
using Microsoft.EntityFrameworkCore;

namespace Huiyin.Knowledge.Persistence;

internal sealed class KnowledgeDbContext(DbContextOptions<KnowledgeDbContext> options) : ModuleDbContext(options)
{
    public const string SchemaName = "knowledge";

    public override string Schema => SchemaName;

    public DbSet<KnowledgeEntry> Entries => Set<KnowledgeEntry>();

    public DbSet<ForbiddenPhrase> ForbiddenPhrases => Set<ForbiddenPhrase>();

    protected override void ConfigureModule(ModelBuilder modelBuilder)
    {
        modelBuilder.HasPostgresExtension("pg_trgm");
        modelBuilder.ApplyConfigurationsFromAssembly(typeof(KnowledgeDbContext).Assembly);
    }
}
