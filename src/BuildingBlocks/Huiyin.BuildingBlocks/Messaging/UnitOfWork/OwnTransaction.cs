using Huiyin.BuildingBlocks.Persistence;
using Huiyin.BuildingBlocks.Results;
using MediatR;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Storage;
using Npgsql;

namespace Huiyin.BuildingBlocks.Messaging.UnitOfWork;

/// <summary>
/// The route of a command that starts the request's work: one transaction around the handler, saved (outbox rows
/// included) and committed only when the handler succeeds. A handler may save earlier to read back stored values;
/// the transaction still decides. Unique-key races become results, not 500s; a lost update goes to
/// <see cref="LostUpdateRetry"/>. While it runs, its transaction is the scope's <see cref="SharedTransaction"/>, which
/// commands and queries of other modules join.
/// </summary>
internal sealed class OwnTransaction(SharedTransaction shared, UniqueConstraintErrors uniqueErrors)
{
    public async Task<TResponse> RunAsync<TResponse>(ModuleDbContext db, RequestHandlerDelegate<TResponse> next, CancellationToken cancellationToken)
    {
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        shared.Begin(db.Database.GetDbConnection(), transaction.GetDbTransaction());
        try
        {
            var response = await next();
            if (response is Result { IsFailure: true })
            {
                ForgetTrackedChanges(db);
                await transaction.RollbackAsync(cancellationToken);
                return response;
            }

            await db.SaveChangesAsync(cancellationToken);
            await transaction.CommitAsync(cancellationToken);
            return response;
        }
        catch (DbUpdateException e) when (e.InnerException is PostgresException { SqlState: PostgresErrorCodes.UniqueViolation } unique
                                          && FailedResult.CanRepresent(typeof(TResponse)))
        {
            ForgetTrackedChanges(db);
            return FailedResult.Of<TResponse>(uniqueErrors.For(unique.ConstraintName));
        }
        catch
        {
            // Nothing of this attempt may be saved, or believed, by a later one (a re-run after a lost update, say).
            ForgetTrackedChanges(db);
            throw;
        }
        finally
        {
            shared.End();
        }
    }

    private void ForgetTrackedChanges(ModuleDbContext db)
    {
        db.ChangeTracker.Clear();
        shared.ForgetWhatJoinedContextsTrack();
    }
}
