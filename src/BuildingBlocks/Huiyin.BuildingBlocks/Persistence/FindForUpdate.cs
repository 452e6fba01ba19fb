using System.Linq.Expressions;
using Huiyin.BuildingBlocks.Results;
using Microsoft.EntityFrameworkCore;

namespace Huiyin.BuildingBlocks.Persistence;

public static class FindForUpdate
{
    /// <summary>
    /// Loads the aggregate an update changes, for optimistic concurrency: 428 when the caller sent no If-Match,
    /// 404 when there is no such aggregate, 412 when it changed since the caller read it.
    /// </summary>
    public static async Task<Result<T>> FindForUpdateAsync<T>(
        this IQueryable<T> source, Expression<Func<T, bool>> match, uint? expectedVersion, string what, object id, CancellationToken cancellationToken)
        where T : class, IVersioned
    {
        if (expectedVersion is not { } expected)
        {
            return Error.IfMatchRequired();
        }

        var found = await source.SingleOrDefaultAsync(match, cancellationToken);
        return found is null ? Error.NotFound(what, id)
            : found.Version != expected ? Error.Stale()
            : found;
    }
}
