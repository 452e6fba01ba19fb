using Huiyin.BuildingBlocks.Persistence;
using Huiyin.BuildingBlocks.Results;
using MediatR;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Npgsql;

namespace Huiyin.BuildingBlocks.Messaging;

/// <summary>
/// Innermost behavior for commands: one transaction around the handler, saved (outbox rows included) and
/// committed only when the handler succeeds. A handler may save earlier to read back stored values; the
/// transaction still decides. Lost updates and unique-key races become results, not 500s.
/// </summary>
internal sealed class UnitOfWorkBehavior<TRequest, TResponse>(IServiceProvider services, ModuleDbContextMap contexts)
    : IPipelineBehavior<TRequest, TResponse>
{
    public async Task<TResponse> Handle(TRequest request, CancellationToken cancellationToken, RequestHandlerDelegate<TResponse> next)
    {
        if (request is not ICommand || !contexts.TryGetFor(typeof(TRequest), out var contextType))
        {
            return await next();
        }

        var db = (ModuleDbContext)services.GetRequiredService(contextType);
        if (db.Database.CurrentTransaction is not null)
        {
            return await next();
        }

        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
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
            return FailedResult.Of<TResponse>(Error.Conflict("duplicate",
                $"A record with the same value already exists ({unique.ConstraintName}).",
                new Dictionary<string, object?> { ["constraint"] = unique.ConstraintName }));
        }
    }
}
