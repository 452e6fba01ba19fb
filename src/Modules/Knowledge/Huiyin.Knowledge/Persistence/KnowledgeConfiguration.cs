using Huiyin.BuildingBlocks.Persistence;
using Huiyin.Knowledge.Domain;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Huiyin.Knowledge.Persistence;

internal sealed class KnowledgeConfiguration : IEntityTypeConfiguration<KnowledgeEntry>, IEntityTypeConfiguration<ForbiddenPhrase>
{
    public void Configure(EntityTypeBuilder<KnowledgeEntry> builder)
    {
        builder.ToTable("entries");
        builder.HasKey(e => e.Id);
        builder.Property(e => e.Id).HasConversion(id => id.Value, value => new KnowledgeEntryId(value));
        builder.Property(e => e.Kind).HasConversion<string>().HasMaxLength(16);
        builder.Property(e => e.Status).HasConversion<string>().HasMaxLength(16);
        builder.Property(e => e.Title).HasMaxLength(KnowledgeEntry.MaxTitleLength);
        builder.Property(e => e.Body).HasMaxLength(KnowledgeEntry.MaxBodyLength);
        builder.Property(e => e.CreatedBy).HasMaxLength(64);
        builder.Property(e => e.UpdatedBy).HasMaxLength(64);
        builder.HasIndex(e => e.SearchText).HasMethod("gin").HasOperators("gin_trgm_ops");
        builder.HasIndex(e => e.Categories).HasMethod("gin");
        builder.HasIndex(e => new { e.OwnerId, e.ReviewBy });
        builder.HasXminVersion(e => e.Version);
    }

    public void Configure(EntityTypeBuilder<ForbiddenPhrase> builder)
    {
        builder.ToTable("forbidden_phrases");
        builder.HasKey(p => p.Position);
        builder.Property(p => p.Position).ValueGeneratedNever();
        builder.Property(p => p.Phrase).HasMaxLength(ForbiddenPhrase.MaxLength);
    }
}
