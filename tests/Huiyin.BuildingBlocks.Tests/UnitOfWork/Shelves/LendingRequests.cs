using Huiyin.BuildingBlocks.Messaging;
using Huiyin.BuildingBlocks.Outbox;
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

        await Lending.LendAsync(book, request.EntryId, attempts.Next(nameof(LendBook)) <= request.ChangesMeanwhile, mediator, dataSource, cancellationToken);
        return book.OnLoan;
    }
}

/// <summary>Published when a book was lent at another desk; its handler lends it here too, in the handler's own transaction.</summary>
public sealed record BookLent(Guid BookId, Guid EntryId, int ChangesMeanwhile, DateTimeOffset OccurredAt) : IntegrationEvent(OccurredAt);

/// <summary>Does what <see cref="LendBookHandler"/> does, from an event: the first <see cref="BookLent.ChangesMeanwhile"/> attempts lose the update.</summary>
public sealed class LendOnEvent(ShelfDbContext db, TimeProvider clock, NpgsqlDataSource dataSource, IMediator mediator, Attempts attempts)
    : IdempotentEventHandler<BookLent, ShelfDbContext>(db, clock)
{
    protected override async Task HandleOnceAsync(BookLent integrationEvent, CancellationToken cancellationToken)
    {
        var book = await Db.Books.SingleAsync(b => b.Id == integrationEvent.BookId, cancellationToken);
        await Lending.LendAsync(book, integrationEvent.EntryId, attempts.Next(nameof(LendOnEvent)) <= integrationEvent.ChangesMeanwhile,
            mediator, dataSource, cancellationToken);
    }
}

internal static class Lending
{
    /// <summary>
    /// Lends the book its caller read and amends the ledger entry from inside (a joined command). With
    /// <paramref name="changeMeanwhile"/>, another session first changes the book and commits, so the caller's save loses the update.
    /// </summary>
    public static async Task LendAsync(
        Book book, Guid entryId, bool changeMeanwhile, IMediator mediator, NpgsqlDataSource dataSource, CancellationToken cancellationToken)
    {
        await mediator.Send(new AmendEntry(entryId, "+借出"), cancellationToken);
        if (changeMeanwhile)
        {
            await using var meanwhile = dataSource.CreateCommand($"UPDATE shelf.books SET title = title WHERE id = '{book.Id}'");
            await meanwhile.ExecuteNonQueryAsync(cancellationToken);
        }

        book.OnLoan++;
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
