using Huiyin.BuildingBlocks.Persistence;
using Huiyin.BuildingBlocks.Results;
using MediatR;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Storage;
using Microsoft.Extensions.DependencyInjection;
using Npgsql;

namespace Huiyin.BuildingBlocks.Messaging;

/// <summary>
/// Innermost behavior for commands: one transaction around the handler, saved (outbox rows included) and
/// committed only when the handler succeeds. A handler may save earlier to read back stored values; the
/// transaction still decides. Lost updates and unique-key races become results, not 500s. A command of
/// another module sent from inside runs in the same transaction, behind a savepoint (see <see cref="SharedTransaction"/>);
/// a query of another module sent from inside reads on the same connection, in the same transaction.
/// A write the database refuses because it relied on an outdated in-memory copy (<see cref="IInMemoryCopy"/>) is
/// run once more from the start, after every copy has forgotten itself.
/// </summary>
internal sealed class UnitOfWorkBehavior<TRequest, TResponse>(
    IServiceProvider services, ModuleDbContextMap contexts, SharedTransaction shared, UniqueConstraintErrors uniqueErrors)
    : IPipelineBehavior<TRequest, TResponse>
{
    public async Task<TResponse> Handle(TRequest request, CancellationToken cancellationToken, RequestHandlerDelegate<TResponse> next)
    {
        if (!contexts.TryGetFor(typeof(TRequest), out var contextType) || (request is not ICommand && !shared.IsOpen))
        {
            return await next();
        }

        var db = (ModuleDbContext)services.GetRequiredService(contextType);
        if (db.Database.CurrentTransaction is not null)
        {
            return await next();
        }

        if (request is not ICommand)
        {
            return await ReadInCallersTransactionAsync(db, next, cancellationToken);
        }

        return shared.IsOpen ? await JoinAsync(db, next, cancellationToken) : await RunOnCurrentCopiesAsync(db, next, cancellationToken);
    }

    /// <summary>Runs the command in its own transaction, once more on fresh in-memory copies if the database refused an outdated one.</summary>
    private async Task<TResponse> RunOnCurrentCopiesAsync(ModuleDbContext db, RequestHandlerDelegate<TResponse> next, CancellationToken cancellationToken)
    {
        try
        {
            return await RunInTransactionAsync(db, next, cancellationToken);
        }
        catch (Exception e) when (IsOutdatedCopy(e))
        {
            db.ChangeTracker.Clear();
            foreach (var copy in services.GetServices<IInMemoryCopy>())
            {
                copy.Forget();
            }
        }

        try
        {
            return await RunInTransactionAsync(db, next, cancellationToken);
        }
        catch (Exception e) when (IsOutdatedCopy(e) && FailedResult.CanRepresent(typeof(TResponse)))
        {
            // Changed again while the command ran a second time: rare enough to leave to the caller.
            db.ChangeTracker.Clear();
            return FailedResult.Of<TResponse>(Error.Conflict("changed_meanwhile",
                "Settings this relies on were changed while it was being saved. Try again."));
        }
    }

    private async Task<TResponse> RunInTransactionAsync(ModuleDbContext db, RequestHandlerDelegate<TResponse> next, CancellationToken cancellationToken)
    {
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        shared.Begin(db.Database.GetDbConnection(), transaction.GetDbTransaction());
        try
        {
            var response = await next();
            if (response is Result { IsFailure: true })
            {
                db.ChangeTracker.Clear();
                await transaction.RollbackAsync(cancellationToken);
                return response;
            }

            await db.SaveChangesAsync(cancellationToken);
            await transaction.CommitAsync(cancellationToken);
            return response;
        }
        catch (DbUpdateConcurrencyException) when (FailedResult.CanRepresent(typeof(TResponse)))
        {
            db.ChangeTracker.Clear();
            return FailedResult.Of<TResponse>(Error.Stale());
        }
        catch (DbUpdateException e) when (e.InnerException is PostgresException { SqlState: PostgresErrorCodes.UniqueViolation } unique
                                          && FailedResult.CanRepresent(typeof(TResponse)))
        {
            db.ChangeTracker.Clear();
            return FailedResult.Of<TResponse>(uniqueErrors.For(unique.ConstraintName));
        }
        finally
        {
            shared.End();
        }
    }

    private static bool IsOutdatedCopy(Exception e) =>
        (e as PostgresException ?? e.InnerException as PostgresException)?.SqlState == IInMemoryCopy.OutdatedCopySqlState;

    /// <summary>
    /// Runs the command in the caller's transaction. Its savepoint is set only if the handler saves before it
    /// finishes, for only then is there anything of its own to roll back when it fails; its final save needs
    /// none, since a failing save fails the caller's transaction with it.
    /// </summary>
    private async Task<TResponse> JoinAsync(ModuleDbContext db, RequestHandlerDelegate<TResponse> next, CancellationToken cancellationToken)
    {
        var joined = await EnterCallersTransactionAsync(db, cancellationToken);
        var savepoint = $"before_{typeof(TRequest).Name.ToLowerInvariant()}";
        var savepointSet = false;
        db.BeforeNextSave(async ct =>
        {
            await joined.CreateSavepointAsync(savepoint, ct);
            savepointSet = true;
        });
        try
        {
            var response = await next();
            db.BeforeNextSave(null);
            if (response is Result { IsFailure: true })
            {
                db.ChangeTracker.Clear();
                if (savepointSet)
                {
                    await joined.RollbackToSavepointAsync(savepoint, cancellationToken);
                }

                return response;
            }

            await db.SaveChangesAsync(cancellationToken);
            return response;
        }
        catch
        {
            // The caller's transaction has failed with this command: nothing of it may be saved by a later attempt.
            db.ChangeTracker.Clear();
            throw;
        }
        finally
        {
            db.BeforeNextSave(null);
            await LeaveCallersTransactionAsync(db, cancellationToken);
        }
    }

    /// <summary>
    /// Runs a query on the caller's connection: one database session per request instead of one per module, and
    /// the read sees what the caller has written so far.
    /// </summary>
    private async Task<TResponse> ReadInCallersTransactionAsync(ModuleDbContext db, RequestHandlerDelegate<TResponse> next, CancellationToken cancellationToken)
    {
        await EnterCallersTransactionAsync(db, cancellationToken);
        try
        {
            return await next();
        }
        finally
        {
            await LeaveCallersTransactionAsync(db, cancellationToken);
        }
    }

    private async Task<IDbContextTransaction> EnterCallersTransactionAsync(ModuleDbContext db, CancellationToken cancellationToken)
    {
        db.Database.SetDbConnection(shared.Connection, contextOwnsConnection: false);
        return (await db.Database.UseTransactionAsync(shared.Transaction, cancellationToken))!;
    }

    private static async Task LeaveCallersTransactionAsync(ModuleDbContext db, CancellationToken cancellationToken)
    {
        await db.Database.UseTransactionAsync(null, cancellationToken);
        // Contexts are pooled: give this one its own connection back before another scope leases it.
        db.Database.SetDbConnection(null, contextOwnsConnection: true);
    }
}
