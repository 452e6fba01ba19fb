using Huiyin.BuildingBlocks.Persistence;
using Huiyin.Facilities.Domain;
using Huiyin.Facilities.Domain.Maintenance;
using Huiyin.Facilities.Domain.Notices;
using Huiyin.Facilities.Domain.Outages;
using Microsoft.EntityFrameworkCore;

namespace Huiyin.Facilities.Persistence;

internal sealed class FacilitiesDbContext(DbContextOptions<FacilitiesDbContext> options) : ModuleDbContext(options)
{
    public const string SchemaName = "facilities";

    public override string Schema => SchemaName;

    public DbSet<Site> Sites => Set<Site>();

    public DbSet<Building> Buildings => Set<Building>();

    public DbSet<Unit> Units => Set<Unit>();

    public DbSet<Occupancy> Occupancies => Set<Occupancy>();

    public DbSet<PublicArea> Areas => Set<PublicArea>();

    public DbSet<Equipment> Equipment => Set<Equipment>();

    public DbSet<CertificateReminder> CertificateReminders => Set<CertificateReminder>();

    public DbSet<Checklist> Checklists => Set<Checklist>();

    public DbSet<Round> Rounds => Set<Round>();

    public DbSet<RoundPhoto> RoundPhotos => Set<RoundPhoto>();

    public DbSet<Outage> Outages => Set<Outage>();

    public DbSet<OutageUnit> OutageUnits => Set<OutageUnit>();

    public DbSet<Notice> Notices => Set<Notice>();

    public DbSet<NoticeDelivery> NoticeDeliveries => Set<NoticeDelivery>();

    public DbSet<NoticeRecipient> NoticeRecipients => Set<NoticeRecipient>();

    public DbSet<MaintenancePlan> MaintenancePlans => Set<MaintenancePlan>();

    public DbSet<MaintenanceOccurrence> MaintenanceOccurrences => Set<MaintenanceOccurrence>();

    protected override void ConfigureModule(ModelBuilder modelBuilder)
    {
        modelBuilder.ApplyConfigurationsFromAssembly(typeof(FacilitiesDbContext).Assembly);
    }
}
