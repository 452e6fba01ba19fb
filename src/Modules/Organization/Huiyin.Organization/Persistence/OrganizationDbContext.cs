using Huiyin.BuildingBlocks.Persistence;
using Huiyin.Organization.Domain;
using Microsoft.EntityFrameworkCore;

namespace Huiyin.Organization.Persistence;

internal sealed class OrganizationDbContext(DbContextOptions<OrganizationDbContext> options) : ModuleDbContext(options)
{
    public const string SchemaName = "organization";

    public override string Schema => SchemaName;

    public DbSet<StaffMember> Staff => Set<StaffMember>();

    public DbSet<Team> Teams => Set<Team>();

    public DbSet<RefreshToken> RefreshTokens => Set<RefreshToken>();

    public DbSet<ApiClient> ApiClients => Set<ApiClient>();

    protected override void ConfigureModule(ModelBuilder modelBuilder) =>
        modelBuilder.ApplyConfigurationsFromAssembly(typeof(OrganizationDbContext).Assembly);
}
