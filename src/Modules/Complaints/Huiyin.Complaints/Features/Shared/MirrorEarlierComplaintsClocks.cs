using Huiyin.BuildingBlocks.Messaging.UnitOfWork;
using Huiyin.BuildingBlocks.Modules;
using Huiyin.Complaints.Domain;
using Huiyin.Complaints.Persistence;
using Microsoft.EntityFrameworkCore;

namespace Huiyin.Complaints.Features.Shared;

/// <summary>
/// Copies the clocks onto the open complaints registered before the list carried deadlines, which would otherwise get theirs only at
/// their next change. Complaints registered since then are mirrored as they change, so the work ends with the earlier ones.
/// </summary>
internal sealed class MirrorEarlierComplaintsClocks(ComplaintsDbContext db, ComplaintClocks clocks, LostUpdateRetry lostUpdates) : IStartupTask
{
    /// <summary>When the list's deadlines came (the migration <c>ContactsTimelineDeadlines</c>).</summary>
    internal static readonly DateTimeOffset ListDeadlinesSince = new(2026, 12, 6, 13, 5, 44, TimeSpan.Zero);

    private const int Batch = 200;

    public async Task RunAsync(CancellationToken cancellationToken)
    {
        var earlier = await db.Complaints
            .Where(c => c.CreatedAt < ListDeadlinesSince && c.Status != ComplaintStatus.Closed && c.NextDueAt == null)
            .Select(c => c.Id)
            .ToListAsync(cancellationToken);
        foreach (var batch in earlier.Chunk(Batch))
        {
            await MirrorAsync(batch, cancellationToken);
        }
    }

    /// <summary>
    /// A complaint that changes while its batch is mirrored (its events handled meanwhile) is mirrored by that change, so a batch
    /// that loses the update is read again and only the complaints still without a deadline are mirrored.
    /// </summary>
    private Task MirrorAsync(ComplaintId[] batch, CancellationToken cancellationToken) =>
        lostUpdates.RunAsync(nameof(MirrorEarlierComplaintsClocks), async () =>
        {
            db.ChangeTracker.Clear();
            foreach (var complaint in await db.Complaints.Where(c => batch.Contains(c.Id) && c.NextDueAt == null).ToListAsync(cancellationToken))
            {
                await clocks.MirrorAsync(complaint, cancellationToken);
            }

            return await db.SaveChangesAsync(cancellationToken);
        });
}
