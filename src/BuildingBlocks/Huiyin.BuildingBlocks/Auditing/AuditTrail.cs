using System.Globalization;
using Huiyin.BuildingBlocks.Paging;
using Microsoft.EntityFrameworkCore;

namespace Huiyin.BuildingBlocks.Auditing;

/// <summary>Reads the audit trail, newest first: a page at a time for the screen, every matching record for an export.</summary>
public sealed class AuditTrail
{
    private readonly AuditDbContext _db;

    internal AuditTrail(AuditDbContext db) => _db = db;

    public async Task<Page<AuditEntry>> PageAsync(AuditQuery query, string? cursor, int limit, CancellationToken cancellationToken)
    {
        var records = Newest(query);
        if (cursor is not null && Cursor.Decode(cursor, 2) is [var at, var id])
        {
            var lastAt = DateTimeOffset.Parse(at, CultureInfo.InvariantCulture);
            var lastId = Guid.Parse(id);
            records = records.Where(r => r.At < lastAt || (r.At == lastAt && r.Id.CompareTo(lastId) < 0));
        }

        var fetched = await records.Take(limit + 1).ToListAsync(cancellationToken);
        return Page<AuditEntry>.From(
            fetched.Select(AuditEntry.From).ToList(), limit, last => Cursor.Encode(last.At.ToString("O", CultureInfo.InvariantCulture), last.Id.ToString()));
    }

    public IAsyncEnumerable<AuditEntry> AllAsync(AuditQuery query) =>
        Newest(query).AsAsyncEnumerable().Select(AuditEntry.From);

    private IQueryable<AuditRecord> Newest(AuditQuery query) =>
        query.Apply(_db.Records.AsNoTracking()).OrderByDescending(r => r.At).ThenByDescending(r => r.Id);
}
