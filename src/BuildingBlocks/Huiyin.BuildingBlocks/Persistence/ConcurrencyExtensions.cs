using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Huiyin.BuildingBlocks.Persistence;

/// <summary>Optimistic concurrency on PostgreSQL's system column <c>xmin</c>, exposed as the entity's Version.</summary>
public static class ConcurrencyExtensions
{
    public static void HasXminVersion<TEntity>(this EntityTypeBuilder<TEntity> entity, System.Linq.Expressions.Expression<Func<TEntity, uint>> version)
        where TEntity : class =>
        entity.Property(version).IsRowVersion();
}
