using Huiyin.BuildingBlocks.Outbox;
using Huiyin.Complaints.Contracts;
using Huiyin.Complaints.Domain;
using Huiyin.Complaints.Features.Shared;
using Huiyin.Complaints.Persistence;
using Huiyin.Sla.Contracts;
using MediatR;
using Microsoft.EntityFrameworkCore;

namespace Huiyin.Complaints.Features.Events;

/// <summary>
/// The receipt goes out once the complaint is committed, not in its intake: the intake holds the day's gapless number counter until
/// it commits, and a text message sent inside it would hold every other intake of the day back.
/// </summary>
internal sealed class SendComplaintReceipt(ComplaintsDbContext db, TimeProvider clock, ComplaintReceipt receipt, ComplaintClocks clocks, IMediator mediator)
    : IdempotentEventHandler<ComplaintRegistered, ComplaintsDbContext>(db, clock)
{
    protected override async Task HandleOnceAsync(ComplaintRegistered registered, CancellationToken cancellationToken)
    {
        var complaint = await Db.Complaints.SingleOrDefaultAsync(c => c.Id == new ComplaintId(registered.ComplaintId), cancellationToken);
        var resolution = complaint is null
            ? null
            : (await mediator.Send(new GetItemClocks(SlaWorkType.Complaint, complaint.Id.Value), cancellationToken)).SingleOrDefault(c => c.Metric == SlaMetric.Resolution);
        if (complaint is null || resolution is null)
        {
            return;
        }

        if (await receipt.SendAsync(complaint, resolution.DueAt, cancellationToken) is { IsFailure: true } failed)
        {
            throw new InvalidOperationException($"The complaint's receipt failed: {failed.Error.Code} {failed.Error.Message}");
        }

        await clocks.MirrorAsync(complaint, cancellationToken);
    }
}
