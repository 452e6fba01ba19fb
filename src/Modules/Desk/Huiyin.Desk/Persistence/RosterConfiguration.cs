using Huiyin.BuildingBlocks.Persistence;
using Huiyin.Desk.Domain;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Huiyin.Desk.Persistence;

internal sealed class RosterConfiguration : IEntityTypeConfiguration<TeamRoster>, IEntityTypeConfiguration<DutyAssignment>
{
    public void Configure(EntityTypeBuilder<TeamRoster> builder)
    {
        builder.ToTable("rosters");
        builder.HasKey(r => r.TeamId);
        builder.OwnsMany(r => r.Shifts, shifts =>
        {
            shifts.ToJson();
            shifts.Property(s => s.Days).HasConversion<string>();
        });
        builder.Property(r => r.CreatedBy).HasMaxLength(64);
        builder.Property(r => r.UpdatedBy).HasMaxLength(64);
        builder.HasXminVersion(r => r.Version);
    }

    public void Configure(EntityTypeBuilder<DutyAssignment> builder)
    {
        builder.ToTable("duty_assignments");
        builder.HasKey(a => new { a.TeamId, a.Date, a.Shift, a.StaffId });
        builder.Property(a => a.Shift).HasMaxLength(DutyShift.MaxNameLength);
        builder.HasIndex(a => a.Date);
    }
}
