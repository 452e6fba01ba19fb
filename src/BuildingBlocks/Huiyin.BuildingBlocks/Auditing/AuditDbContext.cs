using Microsoft.EntityFrameworkCore;

namespace Huiyin.BuildingBlocks.Auditing;

/// <summary>The platform's audit trail, in schema <c>platform</c>: every module's administrative changes in one table.</summary>
internal sealed class AuditDbContext(DbContextOptions<AuditDbContext> options) : DbContext(options)
{
    public const string SchemaName = "platform";

    public DbSet<AuditRecord> Records => Set<AuditRecord>();

    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
        modelBuilder.HasDefaultSchema(SchemaName);
        modelBuilder.ApplyConfiguration(new AuditRecordConfiguration());
    }
}
