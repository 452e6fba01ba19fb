using Huiyin.Facilities.Domain.Notices;
using Huiyin.Facilities.Persistence;
using Microsoft.EntityFrameworkCore;

namespace Huiyin.Facilities.Features.Notices;

/// <summary>
/// A notice as staff see it: its number, what it says, the places it went to by name, how it went out, how many of its
/// units acknowledged it and how many customers were texted.
/// </summary>
internal sealed record NoticeResponse(
    Guid Id, string Number, NoticeKind Kind, string Title, string Body, IReadOnlyList<string> Scope, IReadOnlyList<Guid> SiteIds,
    IReadOnlyList<Guid> BuildingIds, IReadOnlyList<NoticeChannel> Channels, int Units, int Acknowledged, int Texted, Guid? OutageId,
    DateTimeOffset SentAt, Guid? SentById)
{
    /// <summary>The notices with their counts of acknowledgements and texts, read in two grouped queries.</summary>
    public static async Task<List<NoticeResponse>> ForAsync(FacilitiesDbContext db, IReadOnlyList<Notice> notices, CancellationToken cancellationToken)
    {
        var ids = notices.Select(n => n.Id).ToList();
        var acknowledged = await db.NoticeDeliveries.Where(d => ids.Contains(d.NoticeId) && d.AcknowledgedAt != null).GroupBy(d => d.NoticeId)
            .Select(g => new { g.Key, Count = g.Count() }).ToDictionaryAsync(g => g.Key, g => g.Count, cancellationToken);
        var texted = await db.NoticeRecipients.Where(r => ids.Contains(r.NoticeId) && r.Outcome == TextOutcome.Sent).GroupBy(r => r.NoticeId)
            .Select(g => new { g.Key, Count = g.Count() }).ToDictionaryAsync(g => g.Key, g => g.Count, cancellationToken);
        return notices.Select(n => From(n, acknowledged.GetValueOrDefault(n.Id), texted.GetValueOrDefault(n.Id))).ToList();
    }

    public static NoticeResponse From(Notice n, int acknowledged, int texted) =>
        new(n.Id.Value, n.Number, n.Kind, n.Title, n.Body, n.ScopeLabels, n.SiteIds, n.BuildingIds, n.Channels, n.UnitCount, acknowledged, texted,
            n.OutageId?.Value, n.SentAt, n.SentById);
}
