using Huiyin.BuildingBlocks.Results;
using Huiyin.Sla.Contracts;
using Huiyin.Sla.Domain.Calendars;
using Huiyin.Sla.Domain.Clocks;
using Huiyin.Sla.Domain.Policies;
using Huiyin.Sla.Persistence;
using MediatR;
using Microsoft.EntityFrameworkCore;

namespace Huiyin.Sla.Features.Clocks;

internal sealed class StartClocksHandler(SlaDbContext db, WorkingCalendars calendars, ClockJournal journal, TimeProvider clock)
    : IRequestHandler<StartClocks, Result<StartedClocks>>
{
    public async Task<Result<StartedClocks>> Handle(StartClocks request, CancellationToken cancellationToken)
    {
        var policies = await db.Policies.Where(p => !p.Retired).ToListAsync(cancellationToken);
        if (PolicyChoice.For(policies, request.Attributes) is not { } choice)
        {
            return Error.BusinessRule("no_policy", "No active SLA policy matches this item; add a catch-all rule.");
        }

        var metrics = request.Metrics.Distinct().ToList();
        if (await db.Clocks.AnyAsync(c => c.ItemType == request.ItemType && c.ItemId == request.ItemId && metrics.Contains(c.Metric), cancellationToken))
        {
            return Error.Conflict("clock_exists", "This item's clocks were already started; restart a clock instead.");
        }

        var calendar = await calendars.ForAsync(choice.Policy.CalendarId, cancellationToken);
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
}
