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

    public DbSet<TechnicianVisit> Visits => Set<TechnicianVisit>();

    public DbSet<WorkLog> WorkLogs => Set<WorkLog>();

    public DbSet<JobPhoto> Photos => Set<JobPhoto>();

    public DbSet<CustomerSignOff> SignOffs => Set<CustomerSignOff>();

    public DbSet<DailyReview> DailyReviews => Set<DailyReview>();

    public DbSet<MonthlyReview> MonthlyReviews => Set<MonthlyReview>();

    public DbSet<DailyNumber> DailyNumbers => Set<DailyNumber>();

    protected override void ConfigureModule(ModelBuilder modelBuilder)
    {
        modelBuilder.ApplyConfigurationsFromAssembly(typeof(TicketsDbContext).Assembly);
    }
}
