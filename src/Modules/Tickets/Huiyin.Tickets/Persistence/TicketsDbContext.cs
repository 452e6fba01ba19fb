using Huiyin.BuildingBlocks.Persistence;
using Huiyin.Tickets.Domain;
using Microsoft.EntityFrameworkCore;

namespace Huiyin.Tickets.Persistence;

internal sealed class TicketsDbContext(DbContextOptions<TicketsDbContext> options) : ModuleDbContext(options)
{
    public const string SchemaName = "tickets";

    public override string Schema => SchemaName;

    public DbSet<Ticket> Tickets => Set<Ticket>();

    public DbSet<TicketContact> Contacts => Set<TicketContact>();

    public DbSet<TimelineEntry> Timeline => Set<TimelineEntry>();

    public DbSet<DailyNumber> DailyNumbers => Set<DailyNumber>();

    public DbSet<IdempotencyRecord> IdempotencyKeys => Set<IdempotencyRecord>();

    protected override void ConfigureModule(ModelBuilder modelBuilder)
    {
        modelBuilder.ApplyConfiguration(new IdempotencyRecordConfiguration());
        modelBuilder.ApplyConfigurationsFromAssembly(typeof(TicketsDbContext).Assembly);
    }
}
