using Huiyin.BuildingBlocks.Paging;
using Huiyin.BuildingBlocks.Results;

namespace Huiyin.BuildingBlocks.Auditing;

/// <summary>Which audit records to read: a time range (from inclusive, to exclusive), the actor, the operation, the target.</summary>
public sealed record AuditQuery(DateTimeOffset? From, DateTimeOffset? To, Guid? ActorId, string? Operation, string? TargetId)
{
    /// <summary>The field at fault, or null when the query and the page asked for can be read.</summary>
    public Error? Check(string? cursor, int? limit)
    {
        if (From is { } from && To is { } to && to <= from)
        {
            return Error.Validation("range_reversed", "to", "to must be later than from.");
        }

        if (limit is < 1 or > PageRequestRules.MaxLimit)
        {
            return Error.Validation(
                "out_of_range", "limit", $"limit must be between 1 and {PageRequestRules.MaxLimit}.",
                new Dictionary<string, object?> { ["From"] = 1, ["To"] = PageRequestRules.MaxLimit });
        }

        return cursor is not null && Cursor.Decode(cursor, 2) is null
            ? Error.Validation("invalid_cursor", "cursor", "cursor is not one this list returned.")
            : null;
    }

    internal IQueryable<AuditRecord> Apply(IQueryable<AuditRecord> records)
    {
        if (From is { } from)
        {
            records = records.Where(r => r.At >= from);
        }

        if (To is { } to)
        {
            records = records.Where(r => r.At < to);
        }

        if (ActorId is { } actorId)
        {
            records = records.Where(r => r.ActorId == actorId);
        }

        if (!string.IsNullOrWhiteSpace(Operation))
        {
            records = records.Where(r => r.Operation == Operation.Trim());
        }

        return string.IsNullOrWhiteSpace(TargetId) ? records : records.Where(r => r.TargetId == TargetId.Trim());
    }
}
