using Huiyin.BuildingBlocks.Results;
using Huiyin.BuildingBlocks.Security;
using Huiyin.Complaints.Contracts;
using Huiyin.Complaints.Domain;
using Huiyin.Complaints.Persistence;
using Huiyin.Sla.Contracts;
using MediatR;

namespace Huiyin.Complaints.Features.Shared;

/// <summary>
/// Raises a complaint's severity, whoever asks (the handler, the one-month rule, a repeat): announces it with its cause, writes it on
/// the timeline, and restarts the running first-contact and resolution clocks under the stricter policy (their breaches stay on
/// record); the same-day investigation keeps its end of day.
/// </summary>
internal sealed class SeverityRaises(ComplaintsDbContext db, IMediator mediator, ICurrentUser user, TimeProvider clock, ComplaintJournal journal, ComplaintClocks clocks)
{
    public async Task<Result> RaiseAsync(Complaint complaint, ComplaintSeverity severity, SeverityRaiseCause cause, string reason, CancellationToken cancellationToken)
    {
        var previous = complaint.Severity;
        if (complaint.Raise(severity, reason) is { IsFailure: true } refused)
        {
            return refused;
        }

        db.Publish(new ComplaintSeverityRaised(complaint.Id.Value, complaint.Number, complaint.CustomerId, complaint.TargetStaffId, complaint.TargetDepartment,
            previous.ToString(), complaint.Severity.ToString(), cause.ToString(), reason, SeverityRules.OwnerRole(complaint.Severity).ToString(), user.Actor,
            clock.GetUtcNow(), complaint.Place));
        journal.Record(complaint.Id, ComplaintTimelineKind.SeverityRaised, TimelineNotes.SeverityRaised(previous, complaint.Severity, cause, reason));
        var restarted = await mediator.Send(
            new RestartClocksUnderPolicy(SlaWorkType.Complaint, complaint.Id.Value, complaint.ClockAttributes, $"severity raised to {complaint.Severity} ({cause})",
                [SlaMetric.FirstContact, SlaMetric.Resolution]),
            cancellationToken);
        if (restarted.IsFailure)
        {
            return restarted;
        }

        await clocks.MirrorAsync(complaint, cancellationToken);
        return Result.Success();
    }
}
