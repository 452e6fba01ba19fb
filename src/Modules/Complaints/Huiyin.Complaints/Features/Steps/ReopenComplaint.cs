using FluentValidation;
using Huiyin.BuildingBlocks.Http;
using Huiyin.BuildingBlocks.Results;
using Huiyin.BuildingBlocks.Security;
using Huiyin.Complaints.Contracts;
using Huiyin.Complaints.Features.Shared;
using Huiyin.Complaints.Persistence;
using MediatR;

namespace Huiyin.Complaints.Features.Steps;

/// <summary>A resolved or closed complaint is reopened with a reason, to be investigated again; its resolution clock restarts.</summary>
internal sealed record ReopenComplaint(string Reason) : ComplaintStep
{
    public override IEnumerable<(string Name, string? Value)> Words() => [("reason", Reason)];
}

internal sealed class ReopenComplaintValidator : AbstractValidator<ReopenComplaint>
{
    public ReopenComplaintValidator()
    {
        RuleFor(x => x.Reason).NotEmpty().MaximumLength(500);
    }
}

internal sealed class ReopenComplaintHandler(ComplaintsDbContext db, ComplaintSteps steps, ICurrentUser user, TimeProvider clock)
    : IRequestHandler<ReopenComplaint, Result<Versioned<ComplaintResponse>>>
{
    public Task<Result<Versioned<ComplaintResponse>>> Handle(ReopenComplaint request, CancellationToken cancellationToken) =>
        steps.TakeAsync(request, async complaint =>
        {
            var reason = request.Reason.Trim();
            var reopened = complaint.Reopen();
            if (reopened.IsFailure)
            {
                return reopened;
            }

            db.Publish(new ComplaintReopened(complaint.Id.Value, complaint.Number, complaint.CustomerId, reason, complaint.TargetStaffId, complaint.TargetDepartment,
                user.Actor, clock.GetUtcNow(), complaint.Place));
            return await steps.RestartResolutionClockAsync(complaint, reason, cancellationToken);
        }, cancellationToken);
}
