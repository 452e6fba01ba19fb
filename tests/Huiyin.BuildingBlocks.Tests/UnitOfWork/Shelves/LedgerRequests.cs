using Huiyin.BuildingBlocks.Messaging;
using Huiyin.BuildingBlocks.Results;
using MediatR;
using Microsoft.EntityFrameworkCore;

namespace Huiyin.BuildingBlocks.Tests.UnitOfWork.Shelves;

/// <summary>
/// Posts an entry. <paramref name="SaveEarly"/> saves before the handler ends (as a handler reading back stored values
/// does); <paramref name="Refuse"/> then fails with a result; <paramref name="OutdatedCopy"/> has the database refuse
/// the write as made from an outdated in-memory copy.
/// </summary>
public sealed record PostEntry(string Note, bool SaveEarly = false, bool Refuse = false, bool OutdatedCopy = false)
    : ICommand<Result<Guid>>, IRetriedOnOutdatedCopy;

public sealed class PostEntryHandler(LedgerDbContext db) : IRequestHandler<PostEntry, Result<Guid>>
{
    public async Task<Result<Guid>> Handle(PostEntry request, CancellationToken cancellationToken)
    {
        var entry = new Entry { Id = Guid.CreateVersion7(), Note = request.Note };
        db.Entries.Add(entry);
        if (request.SaveEarly)
        {
            await db.SaveChangesAsync(cancellationToken);
        }

        if (request.OutdatedCopy)
        {
            await Database.RaiseAsync(db, "ZH001", cancellationToken);
        }

        return request.Refuse ? Error.BusinessRule("refused", "Refused on purpose.") : entry.Id;
    }
}

/// <summary>How many entries the ledger holds, as the asking transaction sees them.</summary>
public sealed record CountEntries : IQuery<int>;

public sealed class CountEntriesHandler(LedgerDbContext db) : IRequestHandler<CountEntries, int>
{
    public Task<int> Handle(CountEntries request, CancellationToken cancellationToken) => db.Entries.CountAsync(cancellationToken);
}

/// <summary>Counts entries, but the database fails it with <paramref name="SqlState"/> the first <paramref name="Failures"/> times.</summary>
public sealed record CountEntriesFlakily(string SqlState, int Failures) : IQuery<int>;

public sealed class CountEntriesFlakilyHandler(LedgerDbContext db, Attempts attempts) : IRequestHandler<CountEntriesFlakily, int>
{
    public async Task<int> Handle(CountEntriesFlakily request, CancellationToken cancellationToken)
    {
        if (attempts.Next(nameof(CountEntriesFlakily)) <= request.Failures)
        {
            await Database.RaiseAsync(db, request.SqlState, cancellationToken);
        }

        return await db.Entries.CountAsync(cancellationToken);
    }
}

internal static class Database
{
    /// <summary>Has PostgreSQL itself raise an error of the given SQLSTATE, as a trigger or a lost race would.</summary>
    public static Task RaiseAsync(DbContext db, string sqlState, CancellationToken cancellationToken)
    {
        // The SQLSTATE is a test's constant; a DO block takes no parameters.
        var raise = "DO $$ BEGIN RAISE EXCEPTION 'raised on purpose' USING ERRCODE = '" + sqlState + "'; END $$";
        return db.Database.ExecuteSqlRawAsync(raise, cancellationToken);
    }
}
