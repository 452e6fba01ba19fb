using Huiyin.Sla.Domain.Calendars;
using Huiyin.Sla.Persistence;
using Microsoft.EntityFrameworkCore;

namespace Huiyin.Sla.Domain.Policies;

/// <summary>
/// The active policies and the calendars, kept in memory between clock starts: every intake chooses among
/// them and they change rarely. A copy is used only while its stamp — each policy's and calendar's id and row
/// version — equals the database's, which the caller reads in a round trip it makes anyway; so a change saved on
/// any host applies to the very next clock, and a reset database is never answered from an old copy.
/// </summary>
internal sealed class PolicyCatalogue
{
    /// <summary>SQL for the stamp, to be read alongside another question.</summary>
    public const string StampSql =
        "md5(coalesce((SELECT string_agg(p.id::text || '.' || p.xmin::text, ',' ORDER BY p.id) FROM sla.policies p), '') || '|' || " +
        "coalesce((SELECT string_agg(c.id::text || '.' || c.xmin::text, ',' ORDER BY c.id) FROM sla.calendars c), ''))";

    private volatile Snapshot? _current;

    public async Task<Snapshot> AtStampAsync(SlaDbContext db, string stamp, CancellationToken cancellationToken)
    {
        if (_current is { } current && current.Stamp == stamp)
        {
            return current;
        }

        var policies = await db.Policies.AsNoTracking().Where(p => !p.Retired).ToListAsync(cancellationToken);
        var calendars = await db.Calendars.AsNoTracking().ToListAsync(cancellationToken);
        var read = new Snapshot(stamp, policies, calendars.ToDictionary(c => c.Id, IWorkingCalendar (c) => c.ToWorkingCalendar()));
        _current = read;
        return read;
    }

    /// <summary>One consistent copy; shared between requests, so nothing in it is changed.</summary>
    internal sealed record Snapshot(string Stamp, IReadOnlyList<SlaPolicy> ActivePolicies, IReadOnlyDictionary<Guid, IWorkingCalendar> Calendars)
    {
        public IWorkingCalendar CalendarOf(SlaPolicy policy) =>
            policy.CalendarId is { } id ? Calendars[id] : AlwaysOpenCalendar.Instance;
    }
}
