using Huiyin.BuildingBlocks.Time;
using Microsoft.EntityFrameworkCore;

namespace Huiyin.Complaints.Persistence;

/// <summary>The complaints registered so far on a day of the desk's calendar.</summary>
internal sealed class ComplaintDayCount
{
    public DateOnly Day { get; init; }

    public int LastValue { get; init; }
}

/// <summary>
/// Hands out C-yyyyMMdd-NNNN, counting afresh each day of the desk (<see cref="DeskTime"/>). The day's counter rises in the
/// complaint's own transaction, so a rolled-back intake leaves no gap; the row stays locked until the intake commits, which
/// complaints, far fewer than tickets, can afford.
/// </summary>
internal sealed class ComplaintNumbers(ComplaintsDbContext db, TimeProvider clock, DeskTime desk)
{
    public async Task<string> NextAsync(CancellationToken cancellationToken)
    {
        var day = desk.DayOf(clock.GetUtcNow());
        var taken = await db.Database.SqlQuery<int>(
                $"INSERT INTO complaints.day_counts (day, last_value) VALUES ({day}, 1) ON CONFLICT (day) DO UPDATE SET last_value = day_counts.last_value + 1 RETURNING last_value AS \"Value\"")
            .ToListAsync(cancellationToken);
        return $"C-{day:yyyyMMdd}-{taken.Single():D4}";
    }
}
