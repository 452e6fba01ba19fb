using Huiyin.Customers.Features.Grading;


namespace Huiyin.Customers.Tests;

/// <summary>The rounding rule of ADR 0005 for every run size from 1 to 1,000, and the tie rule.</summary>
public sealed class TierDistributionTests
{
    [Fact]
    public void Every_N_from_1_to_1000_follows_the_documented_rule_and_sums_to_N()
    {
        for (var n = 1; n <= 1000; n++)
        {
            var d = TierDistribution.For(n);
            var expectedTier1 = Math.Max(1, (int)Math.Floor((n * 0.15m) + 0.5m));
            var expectedTier3 = (int)Math.Floor((n * 0.20m) + 0.5m);

            Assert.True(d.Tier1 == expectedTier1, $"N={n}: tier 1 is {d.Tier1}, expected {expectedTier1}");
            Assert.True(d.Tier3 == expectedTier3, $"N={n}: tier 3 is {d.Tier3}, expected {expectedTier3}");
            Assert.True(d.Tier2 >= 0, $"N={n}: tier 2 is negative");
            Assert.Equal(n, d.Tier1 + d.Tier2 + d.Tier3);
            Assert.Equal(Enumerable.Range(0, n).Select(d.TierAt), Enumerable.Repeat(1, d.Tier1).Concat(Enumerable.Repeat(2, d.Tier2)).Concat(Enumerable.Repeat(3, d.Tier3)));
        }
    }

    [Theory]
    [InlineData(1, 1, 0, 0)]
    [InlineData(2, 1, 1, 0)]
    [InlineData(3, 1, 1, 1)]
    [InlineData(10, 2, 6, 2)]
    [InlineData(20, 3, 13, 4)]
    [InlineData(30, 5, 19, 6)]
    [InlineData(100, 15, 65, 20)]
    public void Known_sizes_split_as_expected(int n, int tier1, int tier2, int tier3) =>
        Assert.Equal(new TierDistribution(tier1, tier2, tier3), TierDistribution.For(n));

    [Fact]
    public void Ties_are_broken_by_the_earlier_scoring_then_by_the_id_whatever_the_input_order()
    {
        var day = new DateTimeOffset(2026, 1, 1, 0, 0, 0, TimeSpan.Zero);
        var a = new RankingCandidate(Guid.Parse("00000000-0000-0000-0000-00000000000a"), 80, day.AddDays(2));
        var b = new RankingCandidate(Guid.Parse("00000000-0000-0000-0000-00000000000b"), 80, day.AddDays(1));
        var c = new RankingCandidate(Guid.Parse("00000000-0000-0000-0000-00000000000c"), 80, day.AddDays(1));
        var d = new RankingCandidate(Guid.Parse("00000000-0000-0000-0000-00000000000d"), 95, day.AddDays(9));
        RankingCandidate[] expected = [d, b, c, a];

        for (var seed = 0; seed < 20; seed++)
        {
            var shuffled = new[] { a, b, c, d }.OrderBy(_ => new Random(seed).Next()).ToArray();
            new Random(seed).Shuffle(shuffled);
            Assert.Equal(expected, RankingCandidate.Rank(shuffled));
        }
    }
}
