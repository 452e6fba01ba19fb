using Huiyin.BuildingBlocks.Results;
using Huiyin.BuildingBlocks.Security;
using Huiyin.Complaints.Contracts;
using Huiyin.Complaints.Domain;
using Huiyin.Complaints.Persistence;
using Huiyin.Sla.Contracts;
using MediatR;

namespace Huiyin.Complaints.Features.Shared;

/// <summary>
/// Raises a complaint's severity, whoever asks (the handler, the 30-day rule, a repeat): announces it with its cause, and restarts
/// the running clocks under the stricter policy (their breaches stay on record).
/// </summary>
internal sealed class SeverityRaises(ComplaintsDbContext db, IMediator mediator, ICurrentUser user, TimeProvider clock)
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
            clock.GetUtcNow()));
        return await mediator.Send(
            new RestartClocksUnderPolicy(SlaWorkType.Complaint, complaint.Id.Value, complaint.ClockAttributes, $"severity raised to {complaint.Severity} ({cause})"),
            cancellationToken);
    }
}
