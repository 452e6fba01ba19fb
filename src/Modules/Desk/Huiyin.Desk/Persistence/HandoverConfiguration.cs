using Huiyin.BuildingBlocks.Persistence;
using Huiyin.Desk.Domain;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Huiyin.Desk.Persistence;

internal sealed class HandoverConfiguration : IEntityTypeConfiguration<Handover>, IEntityTypeConfiguration<EmergencyPage>
{
    public const string OneHandoverPerShift = "ix_handovers_shift";

    public void Configure(EntityTypeBuilder<Handover> builder)
    {
        builder.ToTable("handovers");
        builder.HasKey(h => h.Id);
        builder.Property(h => h.Id).HasConversion(id => id.Value, value => new HandoverId(value));
        builder.Property(h => h.Shift).HasMaxLength(DutyShift.MaxNameLength);
        builder.Property(h => h.NextShift).HasMaxLength(DutyShift.MaxNameLength);
        builder.Property(h => h.Notes).HasMaxLength(4000);
        builder.Property(h => h.SpecialEvents).HasMaxLength(4000);
        builder.Property(h => h.CreatedBy).HasMaxLength(64);
        builder.Property(h => h.UpdatedBy).HasMaxLength(64);
        builder.OwnsMany(h => h.CarriedOver, items =>
        {
            items.ToJson();
            items.Property(i => i.Type).HasConversion<string>();
        });
        builder.OwnsMany(h => h.Counted, counted => counted.ToJson());
        builder.Ignore(h => h.Signed);
        builder.Ignore(h => h.From);
        builder.Ignore(h => h.To);
        builder.HasIndex(h => new { h.TeamId, h.Shift, h.ShiftDate }).IsUnique().HasDatabaseName(OneHandoverPerShift);
        builder.HasIndex(h => new { h.AcceptedAt, h.HandedOverAt });
        builder.HasXminVersion(h => h.Version);
    }

    public void Configure(EntityTypeBuilder<EmergencyPage> builder)
    {
        builder.ToTable("emergency_pages");
        builder.HasKey(p => p.Id);
        builder.Property(p => p.Number).HasMaxLength(32);
        builder.Property(p => p.Category).HasConversion<string>().HasMaxLength(32);
        builder.HasIndex(p => p.TicketId).IsUnique();
        builder.HasIndex(p => p.PagedAt);
    }
}
