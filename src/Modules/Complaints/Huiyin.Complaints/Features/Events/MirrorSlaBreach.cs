using Huiyin.Complaints.Domain;
using Huiyin.Complaints.Persistence;
using Huiyin.Sla.Contracts;
using Microsoft.EntityFrameworkCore;

namespace Huiyin.Complaints.Features.Events;

/// <summary>A complaint's clock breached: the complaint is flagged for ever, so that lists can filter on it.</summary>
internal sealed class MirrorSlaBreach(ComplaintsDbContext db, TimeProvider clock) : SlaBreachMirror<ComplaintsDbContext>(db, clock, SlaWorkType.Complaint)
{
    protected override async Task MarkBreachedAsync(Guid itemId, SlaMetric metric, CancellationToken cancellationToken) =>
        (await Db.Complaints.SingleOrDefaultAsync(c => c.Id == new ComplaintId(itemId), cancellationToken))?.MarkBreached();
}
