using Huiyin.BuildingBlocks.Persistence;
using Huiyin.Organization.Domain;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Huiyin.Organization.Persistence;

internal sealed class StaffMemberConfiguration : IEntityTypeConfiguration<StaffMember>
{
    public void Configure(EntityTypeBuilder<StaffMember> builder)
    {
        builder.ToTable("staff_members");
        builder.HasKey(s => s.Id);
        builder.Property(s => s.Id).HasConversion(id => id.Value, value => new StaffMemberId(value));
        builder.Property(s => s.TeamId).HasConversion(id => id!.Value.Value, value => new TeamId(value));
        builder.Property(s => s.Username).HasMaxLength(32);
        builder.HasIndex(s => s.Username).IsUnique();
        builder.Property(s => s.DisplayName).HasMaxLength(64);
        builder.Property(s => s.ServiceNumber).HasMaxLength(16);
        builder.HasIndex(s => s.ServiceNumber).IsUnique();
        builder.Property(s => s.Email).HasMaxLength(254);
        builder.Property(s => s.Mobile).HasMaxLength(11);
        builder.Property(s => s.TimeZone).HasMaxLength(64);
        builder.Property(s => s.PasswordHash).HasMaxLength(256);
        builder.PrimitiveCollection(s => s.Roles).ElementType(e => e.HasConversion<string>());
        builder.PrimitiveCollection(s => s.Skills);
        builder.Property(s => s.CreatedBy).HasMaxLength(64);
        builder.Property(s => s.UpdatedBy).HasMaxLength(64);
        builder.HasXminVersion(s => s.Version);
        builder.HasOne<Team>().WithMany().HasForeignKey(s => s.TeamId).OnDelete(DeleteBehavior.Restrict);
    }
}
