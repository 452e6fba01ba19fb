using Huiyin.BuildingBlocks.Time;
using Huiyin.Tickets.Domain;
using Huiyin.Tickets.Persistence;
using Microsoft.EntityFrameworkCore;

namespace Huiyin.Tickets.Features.Reviews;

/// <summary>
/// Counts a period's tickets day by day in the desk's time zone, for a team (tickets dispatched to it) or for
/// the whole desk: created that day (and of those, still open and ever breached), and resolved that day.
/// </summary>
internal sealed class ReviewTally(TicketsDbContext db, DeskTime desk)
{
    /// <summary>The days from <paramref name="from"/> to <paramref name="to"/> (both included) on which anything was created or resolved.</summary>
    public async Task<IReadOnlyDictionary<DateOnly, ReviewCounts>> ByDayAsync(DateOnly from, DateOnly to, Guid? teamId, CancellationToken cancellationToken)
    {
        var (start, end) = (desk.StartOf(from), desk.StartOf(to.AddDays(1)));
        var open = TicketStatusGroups.Open;
        var tickets = db.Tickets.AsNoTracking()
            .Where(t => (t.CreatedAt >= start && t.CreatedAt < end) || (t.ResolvedAt >= start && t.ResolvedAt < end));
        if (teamId is { } team)
        {
            tickets = tickets.Where(t => t.TeamId == team);
        }

        var rows = await tickets
            .Select(t => new { t.CreatedAt, t.ResolvedAt, Open = open.Contains(t.Status), Breached = t.Deadlines.FirstContactBreached || t.Deadlines.ResolutionBreached })
            .ToListAsync(cancellationToken);
        var created = rows.Where(r => r.CreatedAt >= start && r.CreatedAt < end)
            .GroupBy(r => desk.DayOf(r.CreatedAt))
            .ToDictionary(g => g.Key, g => new ReviewCounts(g.Count(), 0, g.Count(r => r.Open), g.Count(r => r.Breached)));
        var resolved = rows.Where(r => r.ResolvedAt >= start && r.ResolvedAt < end)
            .GroupBy(r => desk.DayOf(r.ResolvedAt!.Value))
            .ToDictionary(g => g.Key, g => new ReviewCounts(0, g.Count(), 0, 0));
        return created.Keys.Union(resolved.Keys).ToDictionary(
            day => day, day => created.GetValueOrDefault(day, ReviewCounts.None).Plus(resolved.GetValueOrDefault(day, ReviewCounts.None)));
    }

    public async Task<ReviewCounts> TotalAsync(DateOnly from, DateOnly to, Guid? teamId, CancellationToken cancellationToken) =>
        (await ByDayAsync(from, to, teamId, cancellationToken)).Values.Aggregate(ReviewCounts.None, (total, day) => total.Plus(day));
}
