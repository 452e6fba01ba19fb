using Huiyin.BuildingBlocks.Persistence;
using Huiyin.Complaints.Domain;
using Microsoft.EntityFrameworkCore;

namespace Huiyin.Complaints.Persistence;

internal sealed class ComplaintsDbContext(DbContextOptions<ComplaintsDbContext> options) : ModuleDbContext(options)
{
    public const string SchemaName = "complaints";

    public override string Schema => SchemaName;

    public DbSet<Complaint> Complaints => Set<Complaint>();

    public DbSet<ComplaintDayCount> DayCounts => Set<ComplaintDayCount>();

    public DbSet<ComplaintEvidence> Evidence => Set<ComplaintEvidence>();

    public DbSet<ComplaintContact> Contacts => Set<ComplaintContact>();

    public DbSet<ComplaintTimelineEntry> Timeline => Set<ComplaintTimelineEntry>();

    protected override void ConfigureModule(ModelBuilder modelBuilder)
    {
        modelBuilder.HasPostgresExtension("pg_trgm");
        modelBuilder.ApplyConfigurationsFromAssembly(typeof(ComplaintsDbContext).Assembly);
    }
}
