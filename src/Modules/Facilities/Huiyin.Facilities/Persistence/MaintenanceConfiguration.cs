using Huiyin.Facilities.Domain.Maintenance;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Huiyin.Facilities.Persistence;

internal sealed class MaintenancePlanConfiguration : IEntityTypeConfiguration<MaintenancePlan>
{
    public void Configure(EntityTypeBuilder<MaintenancePlan> builder)
    {
        builder.ToTable("maintenance_plans");
        builder.HasKey(p => p.Id);
        builder.Property(p => p.Id).HasConversion(id => id.Value, value => new MaintenancePlanId(value));
        builder.Property(p => p.Name).HasMaxLength(100);
        builder.Property(p => p.Place).HasMaxLength(200);
        builder.Property(p => p.Recurrence).HasConversion<string>().HasMaxLength(16);
        builder.Property(p => p.Rule).HasMaxLength(100);
        builder.Property(p => p.ChecklistName).HasMaxLength(100);
        builder.Property(p => p.Category).HasConversion<string>().HasMaxLength(16);
        builder.Property(p => p.CreatedBy).HasMaxLength(64);
        builder.Property(p => p.UpdatedBy).HasMaxLength(64);
    }
}

internal sealed class MaintenanceOccurrenceConfiguration : IEntityTypeConfiguration<MaintenanceOccurrence>
{
    public void Configure(EntityTypeBuilder<MaintenanceOccurrence> builder)
    {
        builder.ToTable("maintenance_occurrences");
        builder.HasKey(o => new { o.PlanId, o.DueOn });
        builder.Property(o => o.PlanId).HasConversion(id => id.Value, value => new MaintenancePlanId(value));
        builder.HasOne<MaintenancePlan>().WithMany().HasForeignKey(o => o.PlanId).OnDelete(DeleteBehavior.Cascade);
        builder.Property(o => o.TicketNumber).HasMaxLength(20);
        builder.HasIndex(o => o.TicketId).IsUnique();
        builder.Ignore(o => o.Outcome);
    }
}
