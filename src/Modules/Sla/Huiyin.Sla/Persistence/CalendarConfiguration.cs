using Huiyin.BuildingBlocks.Persistence;
using Huiyin.Sla.Domain.Calendars;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Huiyin.Sla.Persistence;

internal sealed class CalendarConfiguration : IEntityTypeConfiguration<CalendarDefinition>
{
    public void Configure(EntityTypeBuilder<CalendarDefinition> builder)
    {
        builder.ToTable("calendars");
        builder.HasKey(c => c.Id);
        builder.Property(c => c.Name).HasMaxLength(100);
        builder.HasIndex(c => c.Name).IsUnique();
        builder.Property(c => c.TimeZone).HasMaxLength(64);
        builder.OwnsMany(c => c.WeeklyHours, hours =>
        {
            hours.ToJson("weekly_hours");
            hours.Property(h => h.Day).HasConversion<string>();
        });
        builder.PrimitiveCollection(c => c.Holidays);
        builder.PrimitiveCollection(c => c.MakeUpWorkdays);
        builder.Property(c => c.CreatedBy).HasMaxLength(64);
        builder.Property(c => c.UpdatedBy).HasMaxLength(64);
        builder.HasXminVersion(c => c.Version);
    }
}
