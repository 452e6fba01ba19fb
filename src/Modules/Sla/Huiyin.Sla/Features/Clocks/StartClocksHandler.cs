using Huiyin.BuildingBlocks.Results;
using Huiyin.Sla.Contracts;
using Huiyin.Sla.Domain.Clocks;
using Huiyin.Sla.Domain.Policies;
using Huiyin.Sla.Persistence;
using MediatR;
using Microsoft.EntityFrameworkCore;

namespace Huiyin.Sla.Features.Clocks;

internal sealed class StartClocksHandler(SlaDbContext db, PolicyCatalogue catalogue, ClockJournal journal, TimeProvider clock)
    : IRequestHandler<StartClocks, Result<StartedClocks>>
{
    public async Task<Result<StartedClocks>> Handle(StartClocks request, CancellationToken cancellationToken)
    {
        var metrics = request.Metrics.Distinct().ToList();
        var check = await ReadStartCheckAsync(request, metrics, cancellationToken);
        if (check.Started)
        {
            return Error.Conflict("clock_exists", "This item's clocks were already started; restart a clock instead.");
        }

        var policies = await catalogue.AtStampAsync(db, check.PolicyStamp, cancellationToken);
        if (PolicyChoice.For(policies.ActivePolicies, request.Attributes) is not { } choice)
        {
            return Error.BusinessRule("no_policy", "No active SLA policy matches this item; add a catch-all rule.");
        }

        var calendar = policies.CalendarOf(choice.Policy);
        var startAt = (request.StartAt ?? clock.GetUtcNow()).ToUniversalTime();
        var started = metrics.Select(metric => SlaClock.Start(request.ItemType, request.ItemId, metric, choice, startAt, calendar)).ToList();
        foreach (var slaClock in started)
        {
            db.Clocks.Add(slaClock);
            journal.Record(slaClock, new ClockChange(ClockEventKind.Started, startAt), choice.Explanation);
        }

        return new StartedClocks(choice.Policy.Id, choice.Policy.Name, choice.Explanation,
            started.Select(c => new StartedClock(c.Id, c.Metric, c.DueAt)).ToList());
    }

    /// <summary>Whether the item's clocks run already, and the policy catalogue's stamp: one round trip for both.</summary>
    private Task<StartCheck> ReadStartCheckAsync(StartClocks request, List<SlaMetric> metrics, CancellationToken cancellationToken)
    {
        var metricNames = metrics.Select(m => m.ToString()).ToArray();
        var itemType = request.ItemType.ToString();
        return db.Database.SqlQueryRaw<StartCheck>(
                $$"""
                 SELECT EXISTS (SELECT 1 FROM sla.clocks c WHERE c.item_type = {0} AND c.item_id = {1} AND c.metric = ANY ({2})) AS started,
                        {{PolicyCatalogue.StampSql}} AS policy_stamp
                 """, itemType, request.ItemId, metricNames)
            .SingleAsync(cancellationToken);
    }

    internal sealed record StartCheck(bool Started, string PolicyStamp);
}
