
namespace Huiyin.Customers.Features.Grading;

/// <summary>
/// How many of N ranked customers get each tier (ADR 0005): tier 1 is 15% of N rounded half up but at least one,
/// tier 3 is 20% of N rounded half up, tier 2 the rest (about 65%).
/// </summary>
internal readonly record struct TierDistribution(int Tier1, int Tier2, int Tier3)
{
    public static TierDistribution For(int count)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(count);
        if (count == 0)
        {
            return new TierDistribution(0, 0, 0);
        }

        var tier1 = Math.Max(1, RoundHalfUpPercent(count, 15));
        var tier3 = RoundHalfUpPercent(count, 20);
        return new TierDistribution(tier1, count - tier1 - tier3, tier3);
    }

    /// <summary>The tier of the customer at 0-based <paramref name="rank"/> in the ranking.</summary>
    public int TierAt(int rank) => rank < Tier1 ? 1 : rank < Tier1 + Tier2 ? 2 : 3;

    /// <summary>percent% of count, rounded half up, in integers: floor((count × percent + 50) / 100).</summary>
    private static int RoundHalfUpPercent(int count, int percent) => ((count * percent) + 50) / 100;
}

/// <summary>A scored customer to rank: total first, then the earlier scoring, then the id, so that ties are deterministic.</summary>
internal sealed record RankingCandidate(Guid CustomerId, int Total, DateTimeOffset ScoredAt)
{
    public static IReadOnlyList<RankingCandidate> Rank(IEnumerable<RankingCandidate> candidates) =>
        candidates.OrderByDescending(c => c.Total).ThenBy(c => c.ScoredAt).ThenBy(c => c.CustomerId).ToList();
}

/// <summary>
/// The lowest totals that hold tier 1 and tier 2 among the customers tiered now, by which the July run places newcomers; null when
/// nobody is tiered yet, and then the newcomers are ranked among themselves.
/// </summary>
internal sealed record TierThresholds(int Tier1, int Tier2)
{
    public static TierThresholds? Of(IEnumerable<(int Tier, int Total)> tiered)
    {
        var byTier = tiered.ToLookup(t => t.Tier, t => t.Total);
        return byTier[1].Any() ? new TierThresholds(byTier[1].Min(), byTier[2].DefaultIfEmpty(byTier[1].Min()).Min()) : null;
    }

    public int TierOf(int total) => total >= Tier1 ? 1 : total >= Tier2 ? 2 : 3;
}
