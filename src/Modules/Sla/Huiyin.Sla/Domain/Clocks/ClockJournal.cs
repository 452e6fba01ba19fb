using Huiyin.BuildingBlocks.Outbox;
using Huiyin.Sla.Contracts;
using Huiyin.Sla.Persistence;

namespace Huiyin.Sla.Domain.Clocks;

/// <summary>
/// Writes what happened to a clock: the audit log entry, the escalation queue entry, and the integration
/// event through the outbox — all in the caller's transaction, so each is recorded exactly once.
/// </summary>
internal sealed class ClockJournal(SlaDbContext db)
{
    public void Record(SlaClock clock, ClockChange change, string cause)
    {
        db.ClockEvents.Add(ClockEvent.Of(clock, change, change.Cause ?? cause));
        var published = Announce(clock, change);
        if (published is not null)
        {
            db.Publish(published);
        }

        if (change is { Kind: ClockEventKind.Escalated, Level: { } level })
        {
            db.Escalations.Add(Escalation.Raise(clock, level, change.At, change.By is null ? null : change.Cause ?? cause, change.By));
        }
    }

    public void Record(SlaClock clock, IEnumerable<ClockChange> changes, string cause)
    {
        foreach (var change in changes)
        {
            Record(clock, change, cause);
        }
    }

    private static IntegrationEvent? Announce(SlaClock clock, ClockChange change) => change.Kind switch
    {
        ClockEventKind.Warned => new SlaWarning(clock.Id, clock.ItemType, clock.ItemId, clock.Metric, clock.PolicyId, clock.DueAt, change.At),
        ClockEventKind.Breached => new SlaBreached(clock.Id, clock.ItemType, clock.ItemId, clock.Metric, clock.PolicyId, clock.DueAt, change.At),
        ClockEventKind.Escalated => new SlaEscalated(clock.Id, clock.ItemType, clock.ItemId, clock.Metric, clock.PolicyId, change.Level!.Value, clock.DueAt, change.At),
        ClockEventKind.Fulfilled => new SlaFulfilled(clock.Id, clock.ItemType, clock.ItemId, clock.Metric, clock.PolicyId, clock.FulfilledOnTime, clock.DueAt, change.At),
        _ => null,
    };
}
