using Huiyin.Complaints.Contracts;
using Huiyin.Complaints.Domain;
using Huiyin.Complaints.Persistence;
using MediatR;
using Microsoft.EntityFrameworkCore;

namespace Huiyin.Complaints.Features;

internal sealed class GetComplaintCardsHandler(ComplaintsDbContext db) : IRequestHandler<GetComplaintCards, IReadOnlyList<ComplaintCard>>
{
    public async Task<IReadOnlyList<ComplaintCard>> Handle(GetComplaintCards request, CancellationToken cancellationToken)
    {
        var ids = request.ComplaintIds.Select(id => new ComplaintId(id)).ToList();
        var complaints = await db.Complaints.AsNoTracking().Where(c => ids.Contains(c.Id))
            .Select(c => new { c.Id, c.Number, c.Status, c.Category, c.SiteId }).ToListAsync(cancellationToken);
        return complaints.Select(c => new ComplaintCard(c.Id.Value, c.Number, c.Status.ToString(), c.Category.ToString(),
            c.Status is not (ComplaintStatus.Resolved or ComplaintStatus.Closed), c.SiteId)).ToList();
    }
}
