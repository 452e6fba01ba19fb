using Huiyin.BuildingBlocks.Persistence;
using Huiyin.BuildingBlocks.Results;
using MediatR;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Storage;

namespace Huiyin.BuildingBlocks.Messaging.UnitOfWork;

/// <summary>
/// The routes of a request sent from inside another module's work (a command or an integration-event handler):
/// its module's context is attached to the caller's connection and transaction (<see cref="SharedTransaction"/>), so
/// both modules' rows are saved together or not at all, and a request holds one database session, not one per module.
/// </summary>
internal sealed class CallersTransaction(SharedTransaction shared)
{
    public bool IsOpen => shared.IsOpen;

    /// <summary>
    /// Runs a command in the caller's transaction. Its savepoint is set only if the handler saves before it
    /// finishes, for only then is there anything of its own to roll back when it fails; its final save needs
    /// none, since a failing save fails the caller's transaction with it.
    /// </summary>
    public async Task<TResponse> JoinAsync<TResponse>(ModuleDbContext db, string commandName, RequestHandlerDelegate<TResponse> next, CancellationToken cancellationToken)
    {
        var joined = await EnterAsync(db, cancellationToken);
        var savepoint = $"before_{commandName.ToLowerInvariant()}";
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
            await LeaveAsync(db, cancellationToken);
        }
    }

    /// <summary>Runs a query on the caller's connection, in its transaction: the read sees what the caller has written so far.</summary>
    public async Task<TResponse> ReadAsync<TResponse>(ModuleDbContext db, RequestHandlerDelegate<TResponse> next, CancellationToken cancellationToken)
    {
        await EnterAsync(db, cancellationToken);
        try
        {
            return await next();
        }
        finally
        {
            await LeaveAsync(db, cancellationToken);
        }
    }

    private async Task<IDbContextTransaction> EnterAsync(ModuleDbContext db, CancellationToken cancellationToken)
    {
        shared.Joined(db);
        db.Database.SetDbConnection(shared.Connection, contextOwnsConnection: false);
        return (await db.Database.UseTransactionAsync(shared.Transaction, cancellationToken))!;
    }

    private static async Task LeaveAsync(ModuleDbContext db, CancellationToken cancellationToken)
    {
        await db.Database.UseTransactionAsync(null, cancellationToken);
        // Contexts are pooled: give this one its own connection back before another scope leases it.
        db.Database.SetDbConnection(null, contextOwnsConnection: true);
    }
}
