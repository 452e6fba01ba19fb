using Huiyin.BuildingBlocks.Persistence;
using Huiyin.Sla.Domain.Calendars;
using Huiyin.Sla.Domain.Clocks;
using Huiyin.Sla.Domain.Policies;
using Microsoft.EntityFrameworkCore;

namespace Huiyin.Sla.Persistence;

internal sealed class SlaDbContext(DbContextOptions<SlaDbContext> options) : ModuleDbContext(options)
{
    public const string SchemaName = "sla";

    public override string Schema => SchemaName;

    public DbSet<SlaPolicy> Policies => Set<SlaPolicy>();

    public DbSet<CalendarDefinition> Calendars => Set<CalendarDefinition>();

    public DbSet<SlaClock> Clocks => Set<SlaClock>();

    public DbSet<ClockEvent> ClockEvents => Set<ClockEvent>();

    public DbSet<Escalation> Escalations => Set<Escalation>();

    public DbSet<ClockExtension> Extensions => Set<ClockExtension>();

    protected override void ConfigureModule(ModelBuilder modelBuilder) =>
        modelBuilder.ApplyConfigurationsFromAssembly(typeof(SlaDbContext).Assembly);
}
