using Huiyin.BuildingBlocks.Persistence;
using Huiyin.Callbacks.Domain;
using Microsoft.EntityFrameworkCore;

namespace Huiyin.Callbacks.Persistence;

internal sealed class CallbacksDbContext(DbContextOptions<CallbacksDbContext> options) : ModuleDbContext(options)
{
    public const string SchemaName = "callbacks";

    public override string Schema => SchemaName;

    public DbSet<Callback> Callbacks => Set<Callback>();

    protected override void ConfigureModule(ModelBuilder modelBuilder)
    {
        modelBuilder.ApplyConfigurationsFromAssembly(typeof(CallbacksDbContext).Assembly);
    }
}
