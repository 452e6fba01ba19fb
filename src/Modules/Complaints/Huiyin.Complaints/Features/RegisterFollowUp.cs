using Huiyin.BuildingBlocks.Results;
using Huiyin.Complaints.Contracts;
using Huiyin.Complaints.Domain;
using Huiyin.Complaints.Persistence;
using MediatR;
using Microsoft.EntityFrameworkCore;

namespace Huiyin.Complaints.Features;

/// <summary>Answers <see cref="RegisterFollowUpComplaint"/>: the first complaint's customer, category, target and unit, by phone, linked to it.</summary>
internal sealed class RegisterFollowUpHandler(ComplaintsDbContext db, IMediator mediator) : IRequestHandler<RegisterFollowUpComplaint, Result<FollowUpComplaint>>
{
    public async Task<Result<FollowUpComplaint>> Handle(RegisterFollowUpComplaint request, CancellationToken cancellationToken)
    {
        var first = await db.Complaints.AsNoTracking().SingleOrDefaultAsync(c => c.Id == new ComplaintId(request.ComplaintId), cancellationToken);
        if (first is null)
        {
            return Error.Validation("unknown_complaint", "complaintId", "There is no complaint with this id.");
        }

        var registered = await mediator.Send(new RegisterComplaint(first.CustomerId, ComplaintChannel.Phone, first.Category, request.Description, first.TargetKind,
            TargetStaffId: first.TargetStaffId, TargetDepartment: first.TargetDepartment, TargetName: first.TargetName, NotSameMatter: true, UnitId: first.UnitId),
            cancellationToken);
        if (registered.IsFailure)
        {
            return registered.Error;
        }

        var complaint = await db.Complaints.SingleAsync(c => c.Id == new ComplaintId(registered.Value.Complaint.Resource.Id), cancellationToken);
        complaint.Follows(first.Id);
        await db.SaveChangesAsync(cancellationToken);
        return new FollowUpComplaint(complaint.Id.Value, complaint.Number);
    }
}
