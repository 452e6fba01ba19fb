using Huiyin.BuildingBlocks.Persistence;
using Huiyin.Organization.Domain;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Huiyin.Organization.Persistence;

internal sealed class ApiClientConfiguration : IEntityTypeConfiguration<ApiClient>
{
    public void Configure(EntityTypeBuilder<ApiClient> builder)
    {
        builder.ToTable("api_clients");
        builder.HasKey(c => c.Id);
        builder.Property(c => c.Id).HasConversion(id => id.Value, value => new ApiClientId(value));
        builder.Property(c => c.Name).HasMaxLength(100);
        builder.Property(c => c.KeyPrefix).HasMaxLength(16);
        builder.Property(c => c.KeyHash).HasMaxLength(64);
        builder.HasIndex(c => c.KeyHash).IsUnique();
        builder.PrimitiveCollection(c => c.Scopes);
        builder.Property(c => c.CreatedBy).HasMaxLength(64);
        builder.Property(c => c.UpdatedBy).HasMaxLength(64);
        builder.HasXminVersion(c => c.Version);
    }
}
