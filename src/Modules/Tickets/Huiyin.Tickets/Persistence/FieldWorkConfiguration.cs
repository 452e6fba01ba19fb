using Huiyin.Tickets.Domain;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Huiyin.Tickets.Persistence;

internal sealed class TechnicianVisitConfiguration : IEntityTypeConfiguration<TechnicianVisit>
{
    public void Configure(EntityTypeBuilder<TechnicianVisit> builder)
    {
        builder.ToTable("technician_visits");
        builder.HasKey(v => v.Id);
        builder.Property(v => v.TicketId).HasConversion(id => id.Value, value => new TicketId(value));
        builder.Ignore(v => v.IsOpen);
        builder.HasIndex(v => new { v.TicketId, v.CheckedInAt });
        // A double-tapped check-in cannot open two visits for one technician.
        builder.HasIndex(v => new { v.TicketId, v.TechnicianId }).IsUnique().HasFilter("checked_out_at IS NULL").HasDatabaseName("ix_technician_visits_open");
        builder.HasOne<Ticket>().WithMany().HasForeignKey(v => v.TicketId).OnDelete(DeleteBehavior.Restrict);
    }
}

internal sealed class WorkLogConfiguration : IEntityTypeConfiguration<WorkLog>
{
    public void Configure(EntityTypeBuilder<WorkLog> builder)
    {
        builder.ToTable("work_logs");
        builder.HasKey(w => w.Id);
        builder.Property(w => w.TicketId).HasConversion(id => id.Value, value => new TicketId(value));
        builder.Property(w => w.TechnicianName).HasMaxLength(100);
        builder.Property(w => w.Explanation).HasMaxLength(2000);
        builder.OwnsMany(w => w.Materials, materials => materials.ToJson());
        builder.HasIndex(w => new { w.TicketId, w.At });
        builder.HasOne<Ticket>().WithMany().HasForeignKey(w => w.TicketId).OnDelete(DeleteBehavior.Restrict);
    }
}

internal sealed class JobPhotoConfiguration : IEntityTypeConfiguration<JobPhoto>
{
    public void Configure(EntityTypeBuilder<JobPhoto> builder)
    {
        builder.ToTable("job_photos");
        builder.HasKey(p => p.Id);
        builder.Property(p => p.TicketId).HasConversion(id => id.Value, value => new TicketId(value));
        builder.Property(p => p.ClientPhotoId).HasMaxLength(100);
        builder.Property(p => p.ContentType).HasMaxLength(16);
        builder.Property(p => p.Sha256).HasMaxLength(64);
        builder.HasIndex(p => new { p.TicketId, p.ClientPhotoId }).IsUnique();
        builder.HasOne<Ticket>().WithMany().HasForeignKey(p => p.TicketId).OnDelete(DeleteBehavior.Restrict);
    }
}

internal sealed class CustomerSignOffConfiguration : IEntityTypeConfiguration<CustomerSignOff>
{
    public void Configure(EntityTypeBuilder<CustomerSignOff> builder)
    {
        builder.ToTable("customer_sign_offs");
        builder.HasKey(s => s.Id);
        builder.Property(s => s.TicketId).HasConversion(id => id.Value, value => new TicketId(value));
        builder.Property(s => s.CustomerName).HasMaxLength(100);
        builder.Property(s => s.Comment).HasMaxLength(1000);
        builder.HasIndex(s => new { s.TicketId, s.At });
        builder.HasOne<Ticket>().WithMany().HasForeignKey(s => s.TicketId).OnDelete(DeleteBehavior.Restrict);
    }
}
