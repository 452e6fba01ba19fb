using Huiyin.BuildingBlocks.Messaging;
using Huiyin.BuildingBlocks.Results;
using MediatR;
using Microsoft.EntityFrameworkCore;
using Npgsql;

namespace Huiyin.BuildingBlocks.Tests.UnitOfWork.Shelves;

/// <summary>
/// Lends a book and amends a ledger entry from inside (a joined command). During each of the first
/// <paramref name="ChangesMeanwhile"/> attempts, another session changes the book after this one read it, so its save
/// loses the update. <paramref name="ExpectedVersion"/> is the caller's <c>If-Match</c>.
/// </summary>
public sealed record LendBook(Guid BookId, Guid EntryId, int ChangesMeanwhile, uint? ExpectedVersion = null) : ICommand<Result<int>>;

public sealed class LendBookHandler(ShelfDbContext db, NpgsqlDataSource dataSource, IMediator mediator, Attempts attempts)
    : IRequestHandler<LendBook, Result<int>>
{
    public async Task<Result<int>> Handle(LendBook request, CancellationToken cancellationToken)
    {
        var book = await db.Books.SingleAsync(b => b.Id == request.BookId, cancellationToken);
        if (request.ExpectedVersion is { } expected && book.Version != expected)
        {
            return Error.Stale();
        }

        await mediator.Send(new AmendEntry(request.EntryId, "+借出"), cancellationToken);
        if (attempts.Next(nameof(LendBook)) <= request.ChangesMeanwhile)
        {
            await using var meanwhile = dataSource.CreateCommand($"UPDATE shelf.books SET title = title WHERE id = '{request.BookId}'");
            await meanwhile.ExecuteNonQueryAsync(cancellationToken);
        }

        book.OnLoan++;
        return book.OnLoan;
    }
}

/// <summary>Appends to an entry's note: tracked, so an attempt that believed an earlier attempt's copy would append twice.</summary>
public sealed record AmendEntry(Guid EntryId, string Suffix) : ICommand<Result>;

public sealed class AmendEntryHandler(LedgerDbContext db) : IRequestHandler<AmendEntry, Result>
{
    public async Task<Result> Handle(AmendEntry request, CancellationToken cancellationToken)
    {
        var entry = await db.Entries.SingleAsync(e => e.Id == request.EntryId, cancellationToken);
        entry.Note += request.Suffix;
        return Result.Success();
    }
}
