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

    /// <summary>Null for work no customer reported (an inspection's finding), and for tickets older than the metric.</summary>
    public DateTimeOffset? AcknowledgementDueAt { get; private set; }

    /// <summary>Null for tickets older than the metric.</summary>
    public DateTimeOffset? HandoffDueAt { get; private set; }

    public bool FirstContactMet { get; private set; }

    public bool AcknowledgementMet { get; private set; }

    public bool HandoffMet { get; private set; }

    public bool AcknowledgementBreached { get; private set; }

    public bool HandoffBreached { get; private set; }

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
        AcknowledgementDueAt = started.Clocks.SingleOrDefault(c => c.Metric == SlaMetric.Acknowledgement)?.DueAt,
        HandoffDueAt = started.Clocks.SingleOrDefault(c => c.Metric == SlaMetric.Handoff)?.DueAt,
    };

    /// <summary>Whether the ticket has a clock of <paramref name="metric"/> still to meet.</summary>
    public bool Awaits(SlaMetric metric) => metric switch
    {
        SlaMetric.FirstContact => !FirstContactMet,
        SlaMetric.Acknowledgement => AcknowledgementDueAt is not null && !AcknowledgementMet,
        SlaMetric.Handoff => HandoffDueAt is not null && !HandoffMet,
        _ => false,
    };

    /// <summary>An approved extension moved the resolution deadline; the clock runs again towards it.</summary>
    public void Extend(DateTimeOffset dueAt) => (ResolutionDueAt, ResolutionPaused) = (dueAt, false);

    public void Mirror(ClockView clock)
    {
        var met = clock.FulfilledAt is not null;
        switch (clock.Metric)
        {
            case SlaMetric.FirstContact:
                (FirstContactDueAt, FirstContactMet) = (clock.DueAt, met);
                break;
            case SlaMetric.Acknowledgement:
                (AcknowledgementDueAt, AcknowledgementMet) = (clock.DueAt, met);
                break;
            case SlaMetric.Handoff:
                (HandoffDueAt, HandoffMet) = (clock.DueAt, met);
                break;
            default:
                ResolutionDueAt = clock.DueAt;
                ResolutionPaused = clock.Status == ClockStatus.Paused;
                break;
        }

        if (clock.EverBreached)
        {
            MarkBreached(clock.Metric);
        }

        EscalationLevel = Math.Max(EscalationLevel, clock.EscalationLevel);
    }

    public void MarkBreached(SlaMetric metric)
    {
        FirstContactBreached |= metric == SlaMetric.FirstContact;
        ResolutionBreached |= metric == SlaMetric.Resolution;
        AcknowledgementBreached |= metric == SlaMetric.Acknowledgement;
        HandoffBreached |= metric == SlaMetric.Handoff;
    }

    public void MarkEscalated(int level) => EscalationLevel = Math.Max(EscalationLevel, level);
}
