using Huiyin.BuildingBlocks.Persistence;
using Huiyin.Customers.Domain;
using Huiyin.Customers.Features.Exports;
using Huiyin.Customers.Features.Grading;
using Microsoft.EntityFrameworkCore;

namespace Huiyin.Customers.Persistence;

internal sealed class CustomersDbContext(DbContextOptions<CustomersDbContext> options) : ModuleDbContext(options)
{
    public const string SchemaName = "customers";
    public const string NumberSequence = "customer_number";

    public override string Schema => SchemaName;

    public DbSet<Customer> Customers => Set<Customer>();

    public DbSet<CustomerChange> Changes => Set<CustomerChange>();

    public DbSet<SensitiveAccess> SensitiveAccesses => Set<SensitiveAccess>();

    public DbSet<CustomerDocument> Documents => Set<CustomerDocument>();

    public DbSet<GradingRun> GradingRuns => Set<GradingRun>();

    public DbSet<GradingEntry> GradingEntries => Set<GradingEntry>();

    public DbSet<CustomerExport> Exports => Set<CustomerExport>();

    /// <summary>The next registration sequence number (C000001, C000002, …).</summary>
    public Task<long> NextSequenceAsync(CancellationToken cancellationToken) =>
        Database.SqlQueryRaw<long>($"SELECT nextval('{SchemaName}.{NumberSequence}') AS \"Value\"").SingleAsync(cancellationToken);

    protected override void ConfigureModule(ModelBuilder modelBuilder)
    {
        modelBuilder.HasPostgresExtension("pg_trgm");
        modelBuilder.HasSequence<long>(NumberSequence);
        modelBuilder.ApplyConfigurationsFromAssembly(typeof(CustomersDbContext).Assembly);
    }
}
