using Huiyin.BuildingBlocks.Results;

namespace Huiyin.Complaints.Domain;

/// <summary>What the investigation found: the findings, the validity (S0) and why, the root cause, and who investigated.</summary>
internal sealed record Investigation(string Findings, ComplaintValidity Validity, string ValidityReason, RootCause RootCause, Guid? InvestigatedById);

/// <summary>The handling steps of a complaint (PRODUCT.md §3), each checked against <see cref="ComplaintLifecycle"/>.</summary>
internal sealed partial class Complaint
{
    public string? Findings { get; private set; }

    public string? ValidityReason { get; private set; }

    public RootCause? RootCause { get; private set; }

    public Guid? InvestigatedById { get; private set; }

    public string? RemedyProposal { get; private set; }

    public string? Remedy { get; private set; }

    public string? ResponsibleDepartment { get; private set; }

    public Guid? RemedyDecidedById { get; private set; }

    /// <summary>What was done to carry the remedy out.</summary>
    public string? WorkDone { get; private set; }

    /// <summary>What the customer said when last asked to confirm.</summary>
    public string? CustomerFeedback { get; private set; }

    public DateTimeOffset? ResolvedAt { get; private set; }

    public DateTimeOffset? ClosedAt { get; private set; }

    /// <summary>Only effective complaints count against the staff member or department complained of (S0).</summary>
    public bool CountsAgainstStaff => Validity == ComplaintValidity.Effective;

    public IReadOnlyList<ComplaintAction> AllowedActions => ComplaintLifecycle.AllowedIn(Status);

    public Result Investigate(Investigation investigation) => Step(ComplaintAction.Investigate, ComplaintStatus.Investigated, () =>
    {
        Findings = investigation.Findings;
        Validity = investigation.Validity;
        ValidityReason = investigation.ValidityReason;
        RootCause = investigation.RootCause;
        InvestigatedById = investigation.InvestigatedById;
    });

    public Result ProposeRemedy(string proposal) =>
        Step(ComplaintAction.ProposeRemedy, ComplaintStatus.RemedyProposed, () => RemedyProposal = proposal);

    public Result DecideRemedy(string remedy, string responsibleDepartment, Guid? decidedById) =>
        Step(ComplaintAction.DecideRemedy, ComplaintStatus.RemedyDecided, () =>
        {
            Remedy = remedy;
            ResponsibleDepartment = responsibleDepartment;
            RemedyDecidedById = decidedById;
        });

    public Result CarryOut(string workDone) => Step(ComplaintAction.CarryOut, ComplaintStatus.CarriedOut, () => WorkDone = workDone);

    /// <summary>The customer accepts the remedy (Resolved) or not (back to RemedyProposed, for a new proposal or decision).</summary>
    public Result Confirm(bool accepted, string? feedback, DateTimeOffset now) =>
        Step(ComplaintAction.Confirm, accepted ? ComplaintStatus.Resolved : ComplaintStatus.RemedyProposed, () =>
        {
            CustomerFeedback = feedback;
            ResolvedAt = accepted ? now : null;
        });

    public Result Close(DateTimeOffset now) => Step(ComplaintAction.Close, ComplaintStatus.Closed, () => ClosedAt = now);

    public Result Reopen() => Step(ComplaintAction.Reopen, ComplaintStatus.Reopened, () =>
    {
        ResolvedAt = null;
        ClosedAt = null;
    });

    private Result Step(ComplaintAction action, ComplaintStatus to, Action record)
    {
        var allowed = ComplaintLifecycle.Check(Status, action);
        if (allowed.IsFailure)
        {
            return allowed;
        }

        record();
        Status = to;
        return Result.Success();
    }
}
