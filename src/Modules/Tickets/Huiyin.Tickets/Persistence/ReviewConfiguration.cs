using Huiyin.Tickets.Domain;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Huiyin.Tickets.Persistence;

internal sealed class DailyReviewConfiguration : IEntityTypeConfiguration<DailyReview>
{
    public void Configure(EntityTypeBuilder<DailyReview> builder)
    {
        builder.ToTable("daily_reviews");
        builder.HasKey(r => r.Id);
        builder.Property(r => r.SignerName).HasMaxLength(100);
        builder.Property(r => r.Findings).HasMaxLength(4000);
        builder.ComplexProperty(r => r.Counts);
        // One sign-off a team and day; the desk without a team is one more "team".
        builder.HasIndex(r => new { r.TeamId, r.Day }).IsUnique().AreNullsDistinct(false);
    }
}

internal sealed class MonthlyReviewConfiguration : IEntityTypeConfiguration<MonthlyReview>
{
    public void Configure(EntityTypeBuilder<MonthlyReview> builder)
    {
        builder.ToTable("monthly_reviews");
        builder.HasKey(r => r.Id);
        builder.Property(r => r.ReviewerName).HasMaxLength(100);
        builder.Property(r => r.Findings).HasMaxLength(4000);
        builder.ComplexProperty(r => r.Counts);
        builder.HasIndex(r => r.Month).IsUnique();
    }
}
