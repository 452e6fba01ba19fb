using Huiyin.BuildingBlocks.Time;
using Microsoft.EntityFrameworkCore;

namespace Huiyin.Facilities.Persistence;

/// <summary>The notices sent so far in a year of the desk's calendar.</summary>
internal sealed class NoticeYearCount
{
    public int Year { get; init; }

    public int LastValue { get; init; }
}

/// <summary>
/// Hands out HY-yyyy-NNNN, one sequence for every kind of notice, counting afresh each year of the desk (<see cref="DeskTime"/>).
/// The year's counter rises in the notice's own transaction, so two notices sent at once never share a number and a
/// rolled-back one leaves no gap.
/// </summary>
internal sealed class NoticeNumbers(FacilitiesDbContext db, DeskTime desk, TimeProvider clock)
{
    public async Task<string> NextAsync(CancellationToken cancellationToken)
    {
        var year = desk.Today(clock).Year;
        var taken = await db.Database.SqlQuery<int>(
                $"INSERT INTO facilities.notice_year_counts (year, last_value) VALUES ({year}, 1) ON CONFLICT (year) DO UPDATE SET last_value = notice_year_counts.last_value + 1 RETURNING last_value AS \"Value\"")
            .ToListAsync(cancellationToken);
        return $"HY-{year}-{taken.Single():D4}";
    }
}
