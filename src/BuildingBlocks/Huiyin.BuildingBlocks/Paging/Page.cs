namespace Huiyin.BuildingBlocks.Paging;

/// <summary>One page of a list and the cursor of the next page (null on the last page).</summary>
public sealed record Page<T>(IReadOnlyList<T> Items, string? NextCursor)
{
    /// <summary>Builds a page from <paramref name="limit"/> + 1 fetched rows: the extra row only proves there is a next page.</summary>
    public static Page<T> From(IReadOnlyList<T> fetched, int limit, Func<T, string> cursorOf) =>
        fetched.Count > limit
            ? new Page<T>(fetched.Take(limit).ToList(), cursorOf(fetched[limit - 1]))
            : new Page<T>(fetched, null);
}
