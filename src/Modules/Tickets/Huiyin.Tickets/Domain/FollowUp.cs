using System.Linq.Expressions;

namespace Huiyin.Tickets.Domain;

/// <summary>
/// 每天与业主沟通跟进: until the work is resolved the customer hears from the desk at least once a day. The rule in
/// two forms, side by side so they cannot drift: for a loaded ticket, and as a query for lists and the reminder job.
/// </summary>
internal static class FollowUp
{
    public static readonly TimeSpan Interval = TimeSpan.FromDays(1);

    /// <summary>Since when the customer has heard nothing: the last contact, or the intake.</summary>
    public static DateTimeOffset QuietSince(Ticket ticket) => ticket.LastContactAt ?? ticket.CreatedAt;

    public static bool IsDue(Ticket ticket, DateTimeOffset now) => ticket.IsOpen && QuietSince(ticket) <= now - Interval;

    public static Expression<Func<Ticket, bool>> IsDueAt(DateTimeOffset now)
    {
        var open = TicketStatusGroups.Open;
        var quietSince = now - Interval;
        return t => open.Contains(t.Status) && (t.LastContactAt ?? t.CreatedAt) <= quietSince;
    }
}
