using Huiyin.BuildingBlocks.Persistence;
using Huiyin.Sla.Domain.Policies;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Huiyin.Sla.Persistence;

internal sealed class PolicyConfiguration : IEntityTypeConfiguration<SlaPolicy>
{
    public void Configure(EntityTypeBuilder<SlaPolicy> builder)
    {
        builder.ToTable("policies");
        builder.HasKey(p => p.Id);
        builder.Property(p => p.Name).HasMaxLength(100);
        builder.HasIndex(p => p.Order);
        builder.ComplexProperty(p => p.Match, match =>
        {
            match.Property(m => m.WorkType).HasConversion<string>().HasMaxLength(20).HasColumnName("match_work_type");
            match.Property(m => m.Complexity).HasConversion<string>().HasMaxLength(20).HasColumnName("match_complexity");
            match.Property(m => m.Severity).HasConversion<string>().HasMaxLength(20).HasColumnName("match_severity");
            match.Property(m => m.CustomerTier).HasColumnName("match_customer_tier");
            match.Property(m => m.Vip).HasColumnName("match_vip");
            match.Property(m => m.Category).HasMaxLength(40).HasColumnName("match_category");
        });
        builder.Property(p => p.Acknowledgement).HasDefaultValue(PolicyTerms.DefaultAcknowledgement);
        builder.Property(p => p.Handoff).HasDefaultValue(PolicyTerms.DefaultHandoff);
        builder.Property(p => p.CreatedBy).HasMaxLength(64);
        builder.Property(p => p.UpdatedBy).HasMaxLength(64);
        builder.HasXminVersion(p => p.Version);
    }
}
