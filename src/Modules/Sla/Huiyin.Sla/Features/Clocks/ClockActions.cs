using Huiyin.BuildingBlocks.Results;
using Huiyin.Sla.Contracts;
using Huiyin.Sla.Domain.Calendars;
using Huiyin.Sla.Domain.Clocks;
using Huiyin.Sla.Persistence;
using Microsoft.EntityFrameworkCore;

namespace Huiyin.Sla.Features.Clocks;

/// <summary>Applies a command to one item's clock, journals what changed and answers the clock as it now is; 404 when there is no such clock, 409 when the state forbids it.</summary>
internal sealed class ClockActions(SlaDbContext db, WorkingCalendars calendars, ClockJournal journal, TimeProvider clock)
{
    /// <summary>Compiled once: every step of a ticket or a complaint that moves a clock reads it through here.</summary>
    private static readonly Func<SlaDbContext, SlaWorkType, Guid, SlaMetric, CancellationToken, Task<SlaClock?>> ClockOf =
        EF.CompileAsyncQuery((SlaDbContext context, SlaWorkType itemType, Guid itemId, SlaMetric metric, CancellationToken _) =>
            context.Clocks.SingleOrDefault(c => c.ItemType == itemType && c.ItemId == itemId && c.Metric == metric));

    public Task<Result<ClockView>> ApplyAsync(
        SlaWorkType itemType, Guid itemId, SlaMetric metric, string cause,
        Func<SlaClock, DateTimeOffset, IWorkingCalendar, Result<ClockChange>> action, CancellationToken cancellationToken) =>
        ApplyAsync(itemType, itemId, metric, cause, (c, now, calendar) => Many(action(c, now, calendar)), cancellationToken);

    public async Task<Result<ClockView>> ApplyAsync(
        SlaWorkType itemType, Guid itemId, SlaMetric metric, string cause,
        Func<SlaClock, DateTimeOffset, IWorkingCalendar, Result<IReadOnlyList<ClockChange>>> action, CancellationToken cancellationToken)
    {
        var slaClock = Held(itemType, itemId, metric) ?? await ClockOf(db, itemType, itemId, metric, cancellationToken);
        if (slaClock is null)
        {
            return Error.NotFound($"{metric} clock of {itemType}", itemId);
        }

        var calendar = await calendars.ForAsync(slaClock.CalendarId, cancellationToken);
        var changes = action(slaClock, clock.GetUtcNow(), calendar);
        if (changes.IsFailure)
        {
            return changes.Error;
        }

        journal.Record(slaClock, changes.Value, cause);
        return GetItemClocksHandler.ToView(slaClock);
    }

    /// <summary>
    /// The clock when this unit of work already holds it (a receipt meets the acknowledgement its intake has just started): the
    /// query would answer that same tracked instance, after a round trip.
    /// </summary>
    private SlaClock? Held(SlaWorkType itemType, Guid itemId, SlaMetric metric) =>
        db.Clocks.Local.FirstOrDefault(c => c.ItemType == itemType && c.ItemId == itemId && c.Metric == metric);

    private static Result<IReadOnlyList<ClockChange>> Many(Result<ClockChange> one) =>
        one.IsSuccess ? Result<IReadOnlyList<ClockChange>>.Success([one.Value]) : Result<IReadOnlyList<ClockChange>>.Failure(one.Error);
}
