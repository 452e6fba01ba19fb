using Huiyin.BuildingBlocks.Results;
using Huiyin.BuildingBlocks.Security;
using Huiyin.Customers.Persistence;
using Microsoft.EntityFrameworkCore;

namespace Huiyin.Customers.Features.Grading;

/// <summary>Ranks the scored, active organisations into a new proposal, superseding any proposal not yet approved.</summary>
internal sealed class GradingProposer(CustomersDbContext db, ICurrentUser currentUser, TimeProvider clock)
{
    public async Task<Result<GradingRun>> ProposeAsync(CancellationToken cancellationToken)
    {
        var scored = await db.Customers.AsNoTracking()
            .Where(c => c.Score != null && c.ArchivedAt == null)
            .Select(c => new { c.Id, c.Tier, c.Score!.AssetSize, c.Score.BusinessScale, c.Score.BrandStrength, c.Score.Cooperativeness, c.Score.ScoredAt })
            .ToListAsync(cancellationToken);
        if (scored.Count == 0)
        {
            return Error.BusinessRule("nothing_to_grade", "No active organisation has a score yet; score them first.");
        }

        var pending = await db.GradingRuns.Where(r => r.Status == GradingRunStatus.Proposed).ToListAsync(cancellationToken);
        pending.ForEach(r => r.Supersede());

        var ranked = RankingCandidate.Rank(scored.Select(c =>
            new RankingCandidate(c.Id.Value, c.AssetSize + c.BusinessScale + c.BrandStrength + c.Cooperativeness, c.ScoredAt)));
        var run = GradingRun.Propose(ranked, scored.ToDictionary(c => c.Id.Value, c => c.Tier), currentUser.Actor, clock.GetUtcNow());
        db.GradingRuns.Add(run);
        return run;
    }
}
