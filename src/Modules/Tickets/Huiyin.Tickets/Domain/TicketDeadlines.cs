using Huiyin.Sla.Contracts;

namespace Huiyin.Tickets.Domain;

/// <summary>
/// The ticket's copy of its clocks, for lists and filters: the Sla module owns the clocks, and every change
/// the ticket makes to them, or the sweep makes (breach, escalation), is mirrored here.
/// </summary>
internal sealed class TicketDeadlines
{
    public Guid PolicyId { get; private set; }

    public string PolicyName { get; private set; } = "";

    public string Explanation { get; private set; } = "";

    public DateTimeOffset FirstContactDueAt { get; private set; }

    public DateTimeOffset ResolutionDueAt { get; private set; }

    public bool FirstContactMet { get; private set; }

    public bool ResolutionPaused { get; private set; }

    public bool FirstContactBreached { get; private set; }

    public bool ResolutionBreached { get; private set; }

    public int EscalationLevel { get; private set; }

    public static TicketDeadlines From(StartedClocks started) => new()
    {
        PolicyId = started.PolicyId,
        PolicyName = started.PolicyName,
        Explanation = started.Explanation,
        FirstContactDueAt = started.Clocks.Single(c => c.Metric == SlaMetric.FirstContact).DueAt,
        ResolutionDueAt = started.Clocks.Single(c => c.Metric == SlaMetric.Resolution).DueAt,
    };

    public void Mirror(ClockView clock)
    {
        if (clock.Metric == SlaMetric.FirstContact)
        {
            FirstContactDueAt = clock.DueAt;
            FirstContactMet = clock.FulfilledAt is not null;
            FirstContactBreached |= clock.EverBreached;
        }
        else
        {
            ResolutionDueAt = clock.DueAt;
            ResolutionPaused = clock.Status == ClockStatus.Paused;
            ResolutionBreached |= clock.EverBreached;
        }

        EscalationLevel = Math.Max(EscalationLevel, clock.EscalationLevel);
    }

    public void MarkBreached(SlaMetric metric)
    {
        FirstContactBreached |= metric == SlaMetric.FirstContact;
        ResolutionBreached |= metric == SlaMetric.Resolution;
    }

    public void MarkEscalated(int level) => EscalationLevel = Math.Max(EscalationLevel, level);
}
