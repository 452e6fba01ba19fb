using Huiyin.BuildingBlocks.Messaging;
using Huiyin.BuildingBlocks.Outbox;
using Huiyin.BuildingBlocks.Results;
using MediatR;
using Microsoft.EntityFrameworkCore;

namespace Huiyin.BuildingBlocks.Tests.UnitOfWork.Shelves;

/// <summary>
/// Shelves a book and, when <paramref name="Entry"/> is given, posts it to the ledger from inside; then counts the
/// ledger's entries (a query of the other module); <paramref name="FailAfterwards"/> fails the shelving itself.
/// </summary>
public sealed record ShelveBook(string Title, PostEntry? Entry = null, bool FailAfterwards = false) : ICommand<Result<ShelvedBook>>;

public sealed record ShelvedBook(Guid Id, bool EntryPosted, int EntriesSeen);

public sealed class ShelveBookHandler(ShelfDbContext db, IMediator mediator) : IRequestHandler<ShelveBook, Result<ShelvedBook>>
{
    public async Task<Result<ShelvedBook>> Handle(ShelveBook request, CancellationToken cancellationToken)
    {
        var book = new Book { Id = Guid.CreateVersion7(), Title = request.Title };
        db.Books.Add(book);
        var posted = request.Entry is not null && (await mediator.Send(request.Entry, cancellationToken)).IsSuccess;
        var seen = await mediator.Send(new CountEntries(), cancellationToken);
        return request.FailAfterwards ? Error.BusinessRule("refused", "Refused on purpose.") : new ShelvedBook(book.Id, posted, seen);
    }
}

/// <summary>
/// Shelves a book, but the database fails the attempt with <paramref name="SqlState"/> the first <paramref name="Failures"/>
/// times; <c>57P01</c> is the real thing: the server ends the attempt's connection, as a restart does.
/// </summary>
public sealed record ShelveBookFlakily(string Title, string SqlState, int Failures) : ICommand<Result<Guid>>;

public sealed class ShelveBookFlakilyHandler(ShelfDbContext db, Attempts attempts) : IRequestHandler<ShelveBookFlakily, Result<Guid>>
{
    public async Task<Result<Guid>> Handle(ShelveBookFlakily request, CancellationToken cancellationToken)
    {
        var book = new Book { Id = Guid.CreateVersion7(), Title = request.Title };
        db.Books.Add(book);
        await db.SaveChangesAsync(cancellationToken);
        if (attempts.Next(nameof(ShelveBookFlakily)) <= request.Failures)
        {
            await (request.SqlState == "57P01"
                ? db.Database.ExecuteSqlRawAsync("SELECT pg_terminate_backend(pg_backend_pid())", cancellationToken)
                : Database.RaiseAsync(db, request.SqlState, cancellationToken));
        }

        return book.Id;
    }
}

/// <summary>Shelves a book whose write the database refuses as made from an outdated copy, the first time only.</summary>
public sealed record ShelveFromCopy(string Title) : ICommand<Result<Guid>>;

public sealed record ShelveFromCopyRetried(string Title) : ICommand<Result<Guid>>, IRetriedOnOutdatedCopy;

public sealed class ShelveFromCopyHandler(ShelfDbContext db, Attempts attempts)
    : IRequestHandler<ShelveFromCopy, Result<Guid>>, IRequestHandler<ShelveFromCopyRetried, Result<Guid>>
{
    public Task<Result<Guid>> Handle(ShelveFromCopy request, CancellationToken cancellationToken) => ShelveAsync(request.Title, cancellationToken);

    public Task<Result<Guid>> Handle(ShelveFromCopyRetried request, CancellationToken cancellationToken) => ShelveAsync(request.Title, cancellationToken);

    private async Task<Result<Guid>> ShelveAsync(string title, CancellationToken cancellationToken)
    {
        var book = new Book { Id = Guid.CreateVersion7(), Title = title };
        db.Books.Add(book);
        await db.SaveChangesAsync(cancellationToken);
        if (attempts.Next(nameof(ShelveFromCopyHandler)) == 1)
        {
            await Database.RaiseAsync(db, "ZH001", cancellationToken);
        }

        return book.Id;
    }
}

/// <summary>Posts each shelved book to the ledger from the event handler's own transaction.</summary>
public sealed class PostShelvedBook(ShelfDbContext db, TimeProvider clock, IMediator mediator)
    : IdempotentEventHandler<BookShelved, ShelfDbContext>(db, clock)
{
    protected override async Task HandleOnceAsync(BookShelved integrationEvent, CancellationToken cancellationToken)
    {
        await mediator.Send(new PostEntry($"shelved {integrationEvent.Title}"), cancellationToken);
        if (integrationEvent.FailAfterPosting)
        {
            throw new InvalidOperationException("The handler failed after posting.");
        }
    }
}
