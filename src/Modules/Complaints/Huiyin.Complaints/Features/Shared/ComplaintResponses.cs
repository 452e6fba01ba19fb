using Huiyin.BuildingBlocks.Localization;
using Huiyin.Complaints.Domain;
using Huiyin.Sla.Contracts;

namespace Huiyin.Complaints.Features.Shared;

/// <summary>Shapes complaints for the API, wording the severity rules in the caller's language.</summary>
internal sealed class ComplaintResponses(Wording wording, TimeProvider clock)
{
    public ComplaintResponse From(Complaint c, ComplaintSlaResponse? sla = null) => new(
        c.Id.Value, c.Number, c.Status, c.AllowedActions, c.Validity, c.Severity, c.RuleSeverity,
        SeverityRules.Applying(c.Facts).Select(rule => new SeverityReasonResponse(rule, SeverityRules.SeverityOf(rule), Text(rule, c))).ToList(),
        c.SeverityRaisedReason, SeverityRules.OwnerRole(c.Severity), c.CustomerId, c.CustomerName, c.CustomerPhone,
        c.Channel, c.Source, c.Category, c.Description, c.TargetKind, c.TargetStaffId, c.TargetDepartment, c.TargetName,
        c.HouseholdsAffected, c.CompensationClaimed, c.LawsuitOrMedia, c.InjuryOrHeavyLoss, c.RepeatCount, c.ReceivedById, c.TicketId, c.FollowsComplaintId, c.Place,
        Handling(c), sla, NextDeadline(c), c.Breached, c.CreatedAt, c.CreatedBy, c.UpdatedAt);

    private NearestDeadlineResponse? NextDeadline(Complaint c) =>
        c is { NextDueAt: { } dueAt, NextDueMetric: { } metric } ? new NearestDeadlineResponse(metric, dueAt, dueAt <= clock.GetUtcNow()) : null;

    private static ComplaintHandlingResponse Handling(Complaint c) => new(
        c.Findings, c.ValidityReason, c.RootCause, c.CountsAgainstStaff, c.InvestigatedById, c.RemedyProposal, c.Remedy, c.ResponsibleDepartment,
        c.RemedyDecidedById, c.WorkDone, c.CustomerFeedback, c.ResolvedAt, c.ClosedAt);

    /// <summary>The deadlines as the clocks are now; null before any clock exists.</summary>
    public static ComplaintSlaResponse? Current(IReadOnlyList<ClockView> clocks) =>
        clocks.FirstOrDefault(c => c.Metric == SlaMetric.FirstContact) is not { } first || clocks.FirstOrDefault(c => c.Metric == SlaMetric.Resolution) is not { } resolution
            ? null
            : new ComplaintSlaResponse(resolution.PolicyId, resolution.PolicyName, resolution.Explanation, first.DueAt, resolution.DueAt,
                first.EverBreached, resolution.EverBreached, clocks.Max(c => c.EscalationLevel),
                Goal(clocks, SlaMetric.Investigation), Goal(clocks, SlaMetric.Acknowledgement), Goal(clocks, SlaMetric.Handoff));

    /// <summary>A one-off goal's clock; null on a complaint registered before the complaint had it.</summary>
    private static GoalClockResponse? Goal(IReadOnlyList<ClockView> clocks, SlaMetric metric) =>
        clocks.FirstOrDefault(c => c.Metric == metric) is { } goal ? new GoalClockResponse(goal.DueAt, goal.EverBreached, goal.FulfilledAt) : null;

    private string Text(SeverityRule rule, Complaint c)
    {
        var facts = new Dictionary<string, object?> { ["households"] = c.HouseholdsAffected, ["amount"] = c.CompensationClaimed };
        return rule switch
        {
            SeverityRule.TenOrMoreHouseholds =>
                wording.Of("severity_many_households", $"{c.HouseholdsAffected} households affected (10 or more): major.", facts),
            SeverityRule.CompensationFrom50000 =>
                wording.Of("severity_large_compensation", $"Compensation of {c.CompensationClaimed} claimed (50,000 or more): major.", facts),
            SeverityRule.InjuryOrHeavyLoss =>
                wording.Of("severity_injury_or_heavy_loss", "Personal injury or heavy financial loss: major.", facts),
            SeverityRule.FiveToNineHouseholds =>
                wording.Of("severity_several_households", $"{c.HouseholdsAffected} households affected (5 to 9): important.", facts),
            SeverityRule.CompensationOver5000 =>
                wording.Of("severity_notable_compensation", $"Compensation of {c.CompensationClaimed} claimed (above 5,000, below 50,000): important.", facts),
            SeverityRule.LawsuitOrMedia =>
                wording.Of("severity_lawsuit_or_media", "A lawsuit or media exposure: important.", facts),
            _ => wording.Of("severity_no_aggravating_fact", "No fact that makes it important or major (compensation up to 5,000): general.", facts),
        };
    }
}
