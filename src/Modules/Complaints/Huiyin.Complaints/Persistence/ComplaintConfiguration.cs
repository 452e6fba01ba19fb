using Huiyin.BuildingBlocks.Persistence;
using Huiyin.Complaints.Domain;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Huiyin.Complaints.Persistence;

internal sealed class ComplaintConfiguration : IEntityTypeConfiguration<Complaint>
{
    public void Configure(EntityTypeBuilder<Complaint> builder)
    {
        builder.ToTable("complaints");
        builder.HasKey(c => c.Id);
        builder.Property(c => c.Id).HasConversion(id => id.Value, value => new ComplaintId(value));
        builder.Property(c => c.Number).HasMaxLength(20);
        builder.HasIndex(c => c.Number).IsUnique();
        foreach (var text in new[] { nameof(Complaint.Channel), nameof(Complaint.Source), nameof(Complaint.Category), nameof(Complaint.TargetKind),
                     nameof(Complaint.Severity), nameof(Complaint.Status), nameof(Complaint.Validity), nameof(Complaint.RootCause) })
        {
            builder.Property(text).HasConversion<string>().HasMaxLength(24);
        }

        builder.Property(c => c.CustomerName).HasMaxLength(100);
        builder.Property(c => c.CustomerPhone).HasMaxLength(20);
        builder.Property(c => c.Description).HasMaxLength(4000);
        builder.Property(c => c.TargetDepartment).HasMaxLength(100);
        builder.Property(c => c.TargetName).HasMaxLength(200);
        builder.Property(c => c.CompensationClaimed).HasPrecision(12, 2);
        builder.Property(c => c.SeverityRaisedReason).HasMaxLength(500);
        builder.Property(c => c.Findings).HasMaxLength(4000);
        builder.Property(c => c.ValidityReason).HasMaxLength(500);
        builder.Property(c => c.RemedyProposal).HasMaxLength(2000);
        builder.Property(c => c.Remedy).HasMaxLength(2000);
        builder.Property(c => c.ResponsibleDepartment).HasMaxLength(100);
        builder.Property(c => c.WorkDone).HasMaxLength(2000);
        builder.Property(c => c.CustomerFeedback).HasMaxLength(1000);
        builder.Property(c => c.CreatedBy).HasMaxLength(64);
        builder.Property(c => c.UpdatedBy).HasMaxLength(64);
        builder.Ignore(c => c.Facts);
        builder.Ignore(c => c.RuleSeverity);
        builder.Ignore(c => c.ClockAttributes);
        builder.Ignore(c => c.CountsAgainstStaff);
        builder.Ignore(c => c.AllowedActions);
        builder.HasIndex(c => new { c.Status, c.Number });
        builder.HasIndex(c => new { c.Severity, c.Number });
        builder.HasIndex(c => c.TicketId);
        builder.Property(c => c.UnitLabel).HasMaxLength(200);
        builder.Ignore(c => c.Place);
        builder.HasIndex(c => new { c.SiteId, c.CreatedAt });
        builder.HasIndex(c => new { c.CustomerId, c.Number });
        builder.Property(c => c.NextDueMetric).HasConversion<string>().HasMaxLength(20);
        builder.HasIndex(c => new { c.Category, c.Number });
        builder.HasIndex(c => c.Number, "breached_number").HasFilter("breached").HasDatabaseName("ix_complaints_breached_number");
        builder.HasIndex(c => c.NextDueAt).HasFilter("next_due_at IS NOT NULL");
        builder.HasIndex(c => c.CustomerName).HasMethod("gin").HasOperators("gin_trgm_ops");
        builder.HasXminVersion(c => c.Version);
    }
}

internal sealed class ComplaintDayCountConfiguration : IEntityTypeConfiguration<ComplaintDayCount>
{
    public void Configure(EntityTypeBuilder<ComplaintDayCount> builder)
    {
        builder.ToTable("day_counts");
        builder.HasKey(d => d.Day);
    }
}
