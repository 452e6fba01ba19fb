using Microsoft.EntityFrameworkCore.ChangeTracking;

namespace Huiyin.Tickets.Persistence;

/// <summary>
/// Compares lists of ids element by element. The provider's own comparer for array columns nests a lambda in
/// its compiled expression and so builds a delegate on every comparison, which showed in intake profiles.
/// </summary>
internal sealed class GuidListComparer() : ValueComparer<List<Guid>>((a, b) => Same(a, b), list => HashOf(list), list => Copy(list))
{
    private static bool Same(List<Guid>? a, List<Guid>? b) => a is null ? b is null : b is not null && a.SequenceEqual(b);

    private static int HashOf(List<Guid> list)
    {
        var hash = new HashCode();
        foreach (var id in list)
        {
            hash.Add(id);
        }

        return hash.ToHashCode();
    }

    private static List<Guid> Copy(List<Guid> list) => [.. list];
}
