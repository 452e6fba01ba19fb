using Huiyin.BuildingBlocks.Messaging;
using Huiyin.BuildingBlocks.Results;
using Huiyin.Sla.Domain.Calendars;
using Huiyin.Sla.Domain.Clocks;
using Huiyin.Sla.Persistence;
using MediatR;
using Microsoft.EntityFrameworkCore;

namespace Huiyin.Sla.Jobs;

/// <summary>
/// One batch of the sweep: claims clocks whose <c>next_check_at</c> has passed with <c>FOR UPDATE SKIP LOCKED</c>
/// (a second host sweeping at the same time takes other rows), advances each, and journals the warnings,
/// breaches and escalations in the same transaction. A crash before commit leaves nothing half-recorded;
/// the rows are simply claimed again. Answers how many clocks it claimed.
/// </summary>
internal sealed record SweepDueClocks(int BatchSize) : ICommand<Result<int>>;

internal sealed class SweepDueClocksHandler(SlaDbContext db, WorkingCalendars calendars, ClockJournal journal, TimeProvider clock)
    : IRequestHandler<SweepDueClocks, Result<int>>
{
    public async Task<Result<int>> Handle(SweepDueClocks request, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow();
        var due = await db.Clocks
            .FromSql($"""
                      SELECT c.*, c.xmin FROM sla.clocks c
                      WHERE c.next_check_at <= {now}
                      ORDER BY c.next_check_at
                      LIMIT {request.BatchSize}
                      FOR UPDATE SKIP LOCKED
                      """)
            .ToListAsync(cancellationToken);
        foreach (var slaClock in due)
        {
            var calendar = await calendars.ForAsync(slaClock.CalendarId, cancellationToken);
            journal.Record(slaClock, slaClock.Advance(now, calendar), "sweep");
        }

        return due.Count;
    }
}
