using Huiyin.BuildingBlocks.Security;
using Huiyin.Complaints.Domain;
using Huiyin.Complaints.Persistence;

namespace Huiyin.Complaints.Features.Shared;

/// <summary>Writes a complaint's timeline: one line per change, attributed to the caller, in the change's transaction.</summary>
internal sealed class ComplaintJournal(ComplaintsDbContext db, ICurrentUser user, TimeProvider clock)
{
    public JournalActor Actor => new(user.Actor, user.IsApiClient ? null : user.Id, user.Name ?? user.Actor);

    public DateTimeOffset Now => clock.GetUtcNow();

    public void Record(ComplaintId complaintId, ComplaintTimelineKind kind, TimelineNote note, ComplaintStatus? from = null, ComplaintStatus? to = null) =>
        db.Timeline.Add(ComplaintTimelineEntry.Of(complaintId, Now, kind, Actor, note, from, to));
}
