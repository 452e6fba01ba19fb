using Huiyin.BuildingBlocks.Persistence;
using Huiyin.Sla.Domain.Calendars;
using Huiyin.Sla.Persistence;
using Microsoft.EntityFrameworkCore;

namespace Huiyin.Sla.Domain.Policies;

/// <summary>
/// The active policies and the calendars, kept in memory between clock starts: every intake chooses among them and
/// they change rarely. A copy carries the catalogue's version, a value that triggers on the policies and calendars
/// renew with every change (even a reset); each clock records the version it was chosen under, and a trigger on the
/// clocks refuses one whose version is no longer current. The unit of work then has the copy forget itself and starts
/// over, so a change saved on any host applies to the very next clock, without a read before each start.
/// </summary>
internal sealed class PolicyCatalogue : IInMemoryCopy
{
    // Read before the policies and calendars: a change landing between the reads makes the copy look older than its
    // contents, which costs one needless reload, never a clock chosen from a stale copy.
    private const string VersionSql =
        $"SELECT coalesce((SELECT version FROM sla.catalogue_version), '{NoVersionYet}') AS \"Value\"";

    /// <summary>What the version reads as before the catalogue's first change (the clocks' trigger agrees).</summary>
    private const string NoVersionYet = "00000000-0000-0000-0000-000000000000";

    private volatile Snapshot? _current;

    public async Task<Snapshot> CurrentAsync(SlaDbContext db, CancellationToken cancellationToken)
    {
        if (_current is { } current)
        {
            return current;
        }

        var version = await db.Database.SqlQueryRaw<Guid>(VersionSql).SingleAsync(cancellationToken);
        var policies = await db.Policies.AsNoTracking().Where(p => !p.Retired).ToListAsync(cancellationToken);
        var calendars = await db.Calendars.AsNoTracking().ToListAsync(cancellationToken);
        var read = new Snapshot(version, policies, calendars.ToDictionary(c => c.Id, IWorkingCalendar (c) => c.ToWorkingCalendar()));
        _current = read;
        return read;
    }

    public void Forget() => _current = null;

    /// <summary>One consistent copy; shared between requests, so nothing in it is changed.</summary>
    internal sealed record Snapshot(Guid Version, IReadOnlyList<SlaPolicy> ActivePolicies, IReadOnlyDictionary<Guid, IWorkingCalendar> Calendars)
    {
        public IWorkingCalendar CalendarOf(SlaPolicy policy) =>
            policy.CalendarId is { } id ? Calendars[id] : AlwaysOpenCalendar.Instance;
    }
}
