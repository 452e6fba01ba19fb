using Huiyin.BuildingBlocks.Results;
using Huiyin.BuildingBlocks.Security;
using Huiyin.Customers.Persistence;
using Microsoft.EntityFrameworkCore;

namespace Huiyin.Customers.Features.Grading;

/// <summary>
/// Who a run grades: everyone scored (the January run), or only the newcomers without a tier (the July run: 新增客户分级，主要针对新入场客户),
/// placed by the lowest totals that hold tier 1 and tier 2 now, so that the customers already tiered are left alone.
/// </summary>
internal enum GradingScope
{
    Everyone,
    Newcomers,
}

/// <summary>Ranks the scored, active organisations into a new proposal, superseding any proposal not yet approved.</summary>
internal sealed class GradingProposer(CustomersDbContext db, ICurrentUser currentUser, TimeProvider clock)
{
    public async Task<Result<GradingRun>> ProposeAsync(GradingScope scope, CancellationToken cancellationToken)
    {
        var scored = await db.Customers.AsNoTracking()
            .Where(c => c.Score != null && c.ArchivedAt == null)
            .Select(c => new { c.Id, c.Tier, c.Score!.AssetSize, c.Score.BusinessScale, c.Score.BrandStrength, c.Score.Cooperativeness, c.Score.ScoredAt })
            .ToListAsync(cancellationToken);
        var candidates = scored.Where(c => scope == GradingScope.Everyone || c.Tier is null).ToList();
        if (candidates.Count == 0)
        {
            return Error.BusinessRule("nothing_to_grade", "Nobody to grade: score the organisations first (a newcomers run grades only those without a tier).");
        }

        var pending = await db.GradingRuns.Where(r => r.Status == GradingRunStatus.Proposed).ToListAsync(cancellationToken);
        pending.ForEach(r => r.Supersede());

        var ranked = RankingCandidate.Rank(candidates.Select(c =>
            new RankingCandidate(c.Id.Value, c.AssetSize + c.BusinessScale + c.BrandStrength + c.Cooperativeness, c.ScoredAt)));
        var thresholds = scope == GradingScope.Newcomers
            ? TierThresholds.Of(scored.Where(c => c.Tier is not null).Select(c => (c.Tier!.Value, c.AssetSize + c.BusinessScale + c.BrandStrength + c.Cooperativeness)))
            : null;
        var run = GradingRun.Propose(ranked, scored.ToDictionary(c => c.Id.Value, c => c.Tier), thresholds, currentUser.Actor, clock.GetUtcNow());
        db.GradingRuns.Add(run);
        return run;
    }
}
