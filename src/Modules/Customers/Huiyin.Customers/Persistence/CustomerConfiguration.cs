using Huiyin.BuildingBlocks.Persistence;
using Huiyin.Customers.Domain;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Huiyin.Customers.Persistence;

internal sealed class CustomerConfiguration : IEntityTypeConfiguration<Customer>
{
    public void Configure(EntityTypeBuilder<Customer> builder)
    {
        builder.ToTable("customers");
        builder.HasKey(c => c.Id);
        builder.Property(c => c.Id).HasConversion(id => id.Value, value => new CustomerId(value));
        builder.HasIndex(c => c.Sequence).IsUnique();
        builder.Property(c => c.Number).HasMaxLength(16);
        builder.HasIndex(c => c.Number).IsUnique();
        builder.Property(c => c.Type).HasConversion<string>().HasMaxLength(16);
        builder.Property(c => c.Name).HasMaxLength(100);
        builder.Property(c => c.Email).HasMaxLength(254);
        builder.Property(c => c.IdNumberMasked).HasMaxLength(40);
        builder.Property(c => c.BankAccountMasked).HasMaxLength(40);
        builder.HasIndex(c => c.IdNumberIndex);
        builder.HasIndex(c => c.BankAccountIndex);
        builder.HasIndex(c => c.Phones).HasMethod("gin");
        builder.Property(c => c.Notes).HasMaxLength(2000);
        builder.Property(c => c.SearchText).HasMaxLength(400);
        builder.HasIndex(c => c.SearchText).HasMethod("gin").HasOperators("gin_trgm_ops");
        builder.HasIndex(c => c.NameGrams).HasMethod("gin");
        builder.HasIndex(c => c.AccountManagerId);
        builder.OwnsOne(c => c.Score, score =>
        {
            score.Property(s => s.Evidence).HasMaxLength(4000);
            score.Property(s => s.ScoredBy).HasMaxLength(64);
            score.Ignore(s => s.Total);
        });
        builder.Property(c => c.CreatedBy).HasMaxLength(64);
        builder.Property(c => c.UpdatedBy).HasMaxLength(64);
        builder.Ignore(c => c.IsArchived);
        builder.HasXminVersion(c => c.Version);
    }
}

internal sealed class CustomerChangeConfiguration : IEntityTypeConfiguration<CustomerChange>
{
    public void Configure(EntityTypeBuilder<CustomerChange> builder)
    {
        builder.ToTable("customer_changes");
        builder.HasKey(c => c.Id);
        builder.Property(c => c.CustomerId).HasConversion(id => id.Value, value => new CustomerId(value));
        builder.Property(c => c.Field).HasMaxLength(32);
        builder.Property(c => c.ChangedBy).HasMaxLength(64);
        builder.HasIndex(c => new { c.CustomerId, c.Id });
        builder.HasOne<Customer>().WithMany().HasForeignKey(c => c.CustomerId).OnDelete(DeleteBehavior.Restrict);
    }
}

internal sealed class SensitiveAccessConfiguration : IEntityTypeConfiguration<SensitiveAccess>
{
    public void Configure(EntityTypeBuilder<SensitiveAccess> builder)
    {
        builder.ToTable("sensitive_access_log");
        builder.HasKey(a => a.Id);
        builder.Property(a => a.CustomerId).HasConversion(id => id.Value, value => new CustomerId(value));
        builder.Property(a => a.Reason).HasMaxLength(500);
        builder.Property(a => a.AccessedBy).HasMaxLength(64);
        builder.HasIndex(a => new { a.CustomerId, a.Id });
        builder.HasOne<Customer>().WithMany().HasForeignKey(a => a.CustomerId).OnDelete(DeleteBehavior.Restrict);
    }
}

internal sealed class CustomerDocumentConfiguration : IEntityTypeConfiguration<CustomerDocument>
{
    public void Configure(EntityTypeBuilder<CustomerDocument> builder)
    {
        builder.ToTable("customer_documents");
        builder.HasKey(d => d.Id);
        builder.Property(d => d.CustomerId).HasConversion(id => id.Value, value => new CustomerId(value));
        builder.Property(d => d.Kind).HasConversion<string>().HasMaxLength(16);
        builder.Property(d => d.FileName).HasMaxLength(255);
        builder.Property(d => d.ContentType).HasMaxLength(100);
        builder.Property(d => d.UploadedBy).HasMaxLength(64);
        builder.HasIndex(d => new { d.CustomerId, d.Id });
        builder.HasOne<Customer>().WithMany().HasForeignKey(d => d.CustomerId).OnDelete(DeleteBehavior.Restrict);
    }
}
