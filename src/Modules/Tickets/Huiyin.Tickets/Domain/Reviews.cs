
namespace Huiyin.Tickets.Domain;

/// <summary>
/// What a review saw of its period's tickets: created in it, resolved in it, of those created still open, and of
/// those created ever breached a deadline.
/// </summary>
internal sealed record ReviewCounts(int Created, int Resolved, int StillOpen, int Breached)
{
    public static readonly ReviewCounts None = new(0, 0, 0, 0);

    public ReviewCounts Plus(ReviewCounts other) =>
        new(Created + other.Created, Resolved + other.Resolved, StillOpen + other.StillOpen, Breached + other.Breached);
}

/// <summary>
/// A Supervisor's sign-off of a day's records before leaving (每天下班前检查…签字确认): one per team and day
/// (no team: the whole desk), with what was found.
/// </summary>
internal sealed class DailyReview
{
    private DailyReview()
    {
    }

    public Guid Id { get; private set; }

    public DateOnly Day { get; private set; }

    public Guid? TeamId { get; private set; }

    public Guid SignerId { get; private set; }

    public string SignerName { get; private set; } = "";

    public DateTimeOffset SignedAt { get; private set; }

    /// <summary>Signed after the day had ended.</summary>
    public bool Late { get; private set; }

    public ReviewCounts Counts { get; private set; } = ReviewCounts.None;

    public string Findings { get; private set; } = "";

    public static DailyReview Sign(DateOnly day, Guid? teamId, TicketActor signer, DateTimeOffset at, bool late, ReviewCounts counts, string findings) => new()
    {
        Id = Guid.CreateVersion7(),
        Day = day,
        TeamId = teamId,
        SignerId = signer.StaffId ?? Guid.Empty,
        SignerName = signer.Name,
        SignedAt = at,
        Late = late,
        Counts = counts,
        Findings = findings,
    };
}

/// <summary>A Manager's review of the previous month's records, due by the 5th (每月5日前检查上月): one per month.</summary>
internal sealed class MonthlyReview
{
    /// <summary>The review of a month is due by this day of the following month.</summary>
    public const int DueDay = 5;

    private MonthlyReview()
    {
    }

    public Guid Id { get; private set; }

    /// <summary>The first day of the month reviewed.</summary>
    public DateOnly Month { get; private set; }

    public Guid ReviewerId { get; private set; }

    public string ReviewerName { get; private set; } = "";

    public DateTimeOffset ReviewedAt { get; private set; }

    public DateOnly DueBy { get; private set; }

    public bool Late { get; private set; }

    public ReviewCounts Counts { get; private set; } = ReviewCounts.None;

    public string Findings { get; private set; } = "";

    public static DateOnly DueByFor(DateOnly month) => month.AddMonths(1).AddDays(DueDay - 1);

    public static MonthlyReview Record(DateOnly month, TicketActor reviewer, DateTimeOffset at, DateOnly today, ReviewCounts counts, string findings) => new()
    {
        Id = Guid.CreateVersion7(),
        Month = month,
        ReviewerId = reviewer.StaffId ?? Guid.Empty,
        ReviewerName = reviewer.Name,
        ReviewedAt = at,
        DueBy = DueByFor(month),
        Late = today > DueByFor(month),
        Counts = counts,
        Findings = findings,
    };
}
