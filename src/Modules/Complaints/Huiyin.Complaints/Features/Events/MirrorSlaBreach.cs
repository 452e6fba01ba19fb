using Huiyin.BuildingBlocks.Outbox;
using Huiyin.Complaints.Domain;
using Huiyin.Complaints.Persistence;
using Huiyin.Sla.Contracts;
using Microsoft.EntityFrameworkCore;

namespace Huiyin.Complaints.Features.Events;

/// <summary>A complaint's clock breached: the complaint is flagged for ever, so that lists can filter on it.</summary>
internal sealed class MirrorSlaBreach(ComplaintsDbContext db, TimeProvider clock) : IdempotentEventHandler<SlaBreached, ComplaintsDbContext>(db, clock)
{
    protected override async Task HandleOnceAsync(SlaBreached breached, CancellationToken cancellationToken)
    {
        if (breached.ItemType == SlaWorkType.Complaint && await Db.Complaints.SingleOrDefaultAsync(c => c.Id == new ComplaintId(breached.ItemId), cancellationToken) is { } complaint)
        {
            complaint.MarkBreached();
        }
    }
}
