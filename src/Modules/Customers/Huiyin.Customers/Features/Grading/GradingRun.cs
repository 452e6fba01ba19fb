using Huiyin.BuildingBlocks.Results;

namespace Huiyin.Customers.Features.Grading;

internal enum GradingRunStatus
{
    Proposed,
    Approved,
    Superseded,
}

/// <summary>A ranking of the scored organisations and the tiers it proposes; nothing changes until a Manager approves it.</summary>
internal sealed class GradingRun
{
    private GradingRun()
    {
    }

    public Guid Id { get; private set; }

    public GradingRunStatus Status { get; private set; }

    public string StartedBy { get; private set; } = "";

    public DateTimeOffset StartedAt { get; private set; }

    public string? ApprovedBy { get; private set; }

    public DateTimeOffset? ApprovedAt { get; private set; }

    public List<GradingEntry> Entries { get; private set; } = [];

    public uint Version { get; private set; }

    /// <summary>Tiers by place in the ranking (15%, 65%, 20%), or by <paramref name="thresholds"/> when given.</summary>
    public static GradingRun Propose(
        IReadOnlyList<RankingCandidate> ranked, IReadOnlyDictionary<Guid, int?> currentTiers, TierThresholds? thresholds, string actor, DateTimeOffset at)
    {
        var distribution = TierDistribution.For(ranked.Count);
        var run = new GradingRun { Id = Guid.CreateVersion7(), Status = GradingRunStatus.Proposed, StartedBy = actor, StartedAt = at };
        run.Entries = ranked.Select((candidate, rank) => new GradingEntry(
            run.Id, candidate.CustomerId, rank + 1, candidate.Total, currentTiers.GetValueOrDefault(candidate.CustomerId),
            thresholds?.TierOf(candidate.Total) ?? distribution.TierAt(rank))).ToList();
        return run;
    }

    public Result Approve(string actor, DateTimeOffset at)
    {
        if (Status != GradingRunStatus.Proposed)
        {
            return Error.IllegalTransition("approve this grading run", Status.ToString(), []);
        }

        Status = GradingRunStatus.Approved;
        ApprovedBy = actor;
        ApprovedAt = at;
        return Result.Success();
    }

    public void Supersede() => Status = GradingRunStatus.Superseded;
}

/// <summary>One customer's place in a run: rank (1 = best), total score, the tier before and the tier proposed.</summary>
internal sealed record GradingEntry(Guid RunId, Guid CustomerId, int Rank, int Total, int? PreviousTier, int ProposedTier);
