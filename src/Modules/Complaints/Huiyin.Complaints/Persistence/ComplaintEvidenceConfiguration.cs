using Huiyin.Complaints.Domain;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Huiyin.Complaints.Persistence;

internal sealed class ComplaintEvidenceConfiguration : IEntityTypeConfiguration<ComplaintEvidence>
{
    public void Configure(EntityTypeBuilder<ComplaintEvidence> builder)
    {
        builder.ToTable("evidence");
        builder.HasKey(e => e.Id);
        builder.Property(e => e.Id).ValueGeneratedNever();
        builder.Property(e => e.ComplaintId).HasConversion(id => id.Value, value => new ComplaintId(value));
        builder.HasOne<Complaint>().WithMany().HasForeignKey(e => e.ComplaintId).OnDelete(DeleteBehavior.Cascade);
        builder.Property(e => e.ClientPhotoId).HasMaxLength(100);
        builder.HasIndex(e => new { e.ComplaintId, e.ClientPhotoId }).IsUnique();
        builder.Property(e => e.ContentType).HasMaxLength(20);
        builder.Property(e => e.Sha256).HasMaxLength(64);
        builder.Property(e => e.UploadedBy).HasMaxLength(64);
    }
}
