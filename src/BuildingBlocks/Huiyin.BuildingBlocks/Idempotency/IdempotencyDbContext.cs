using Microsoft.EntityFrameworkCore;

namespace Huiyin.BuildingBlocks.Idempotency;

/// <summary>The platform's own table of idempotency keys, in schema <c>platform</c>: no module owns them.</summary>
internal sealed class IdempotencyDbContext(DbContextOptions<IdempotencyDbContext> options) : DbContext(options)
{
    public const string SchemaName = "platform";

    public DbSet<IdempotencyKey> Keys => Set<IdempotencyKey>();

    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
        modelBuilder.HasDefaultSchema(SchemaName);
        modelBuilder.ApplyConfiguration(new IdempotencyKeyConfiguration());
    }
}
