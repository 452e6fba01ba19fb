using Huiyin.BuildingBlocks.Results;
using Huiyin.Sla.Contracts;
using Huiyin.Sla.Domain.Clocks;
using Huiyin.Sla.Persistence;
using MediatR;

namespace Huiyin.Sla.Features.Clocks;

/// <summary>
/// Starts an item's clocks under the first matching policy, chosen from the in-memory catalogue without a read: the
/// database refuses the clocks if the catalogue changed meanwhile (and the command runs again on a fresh copy), and
/// its unique index refuses clocks that already run (<c>clock_exists</c>, registered in <see cref="SlaModule"/>).
/// </summary>
internal sealed class StartClocksHandler(SlaDbContext db, PolicyChooser chooser, ClockJournal journal, TimeProvider clock)
    : IRequestHandler<StartClocks, Result<StartedClocks>>
{
    public async Task<Result<StartedClocks>> Handle(StartClocks request, CancellationToken cancellationToken)
    {
        var (policies, choice) = await chooser.ChooseAsync(request.Attributes, cancellationToken);
        if (choice is null)
        {
            return Error.BusinessRule("no_policy", "No active SLA policy matches this item; add a catch-all rule.");
        }

        var calendar = policies.CalendarOf(choice.Policy);
        var startAt = (request.StartAt ?? clock.GetUtcNow()).ToUniversalTime();
        var started = request.Metrics.Distinct()
            .Select(metric => SlaClock.Start(request.ItemType, request.ItemId, metric, choice, policies.Version, startAt, calendar, request.DueAt))
            .ToList();
        foreach (var slaClock in started)
        {
            db.Clocks.Add(slaClock);
            journal.Record(slaClock, new ClockChange(ClockEventKind.Started, startAt), choice.Explanation);
        }

        return new StartedClocks(choice.Policy.Id, choice.Policy.Name, choice.Explanation,
            started.Select(c => new StartedClock(c.Id, c.Metric, c.DueAt)).ToList());
    }
}
