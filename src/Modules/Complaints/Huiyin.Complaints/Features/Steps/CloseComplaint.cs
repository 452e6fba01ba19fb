using Huiyin.BuildingBlocks.Http;
using Huiyin.BuildingBlocks.Results;
using Huiyin.BuildingBlocks.Security;
using Huiyin.Complaints.Contracts;
using Huiyin.Complaints.Features.Shared;
using Huiyin.Complaints.Persistence;
using MediatR;

namespace Huiyin.Complaints.Features.Steps;

/// <summary>A resolved complaint is closed.</summary>
internal sealed record CloseComplaint : ComplaintStep;

internal sealed class CloseComplaintHandler(ComplaintsDbContext db, ComplaintSteps steps, ICurrentUser user, TimeProvider clock)
    : IRequestHandler<CloseComplaint, Result<Versioned<ComplaintResponse>>>
{
    public Task<Result<Versioned<ComplaintResponse>>> Handle(CloseComplaint request, CancellationToken cancellationToken) =>
        steps.TakeAsync(request, complaint =>
        {
            var now = clock.GetUtcNow();
            var closed = complaint.Close(now);
            if (closed.IsSuccess)
            {
                db.Publish(new ComplaintClosed(complaint.Id.Value, complaint.Number, complaint.CustomerId, complaint.TargetStaffId, complaint.TargetDepartment, user.Actor, now, complaint.Place));
            }

            return closed;
        }, cancellationToken);
}
