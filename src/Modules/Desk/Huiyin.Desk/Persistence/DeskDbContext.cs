using Huiyin.BuildingBlocks.Persistence;
using Huiyin.Desk.Domain;
using Microsoft.EntityFrameworkCore;

namespace Huiyin.Desk.Persistence;

internal sealed class DeskDbContext(DbContextOptions<DeskDbContext> options) : ModuleDbContext(options)
{
    public const string SchemaName = "desk";

    public override string Schema => SchemaName;

    public DbSet<TeamRoster> Rosters => Set<TeamRoster>();

    public DbSet<DutyAssignment> Assignments => Set<DutyAssignment>();

    public DbSet<Handover> Handovers => Set<Handover>();

    public DbSet<EmergencyPage> Pages => Set<EmergencyPage>();

    protected override void ConfigureModule(ModelBuilder modelBuilder)
    {
        modelBuilder.ApplyConfigurationsFromAssembly(typeof(DeskDbContext).Assembly);
    }
}
