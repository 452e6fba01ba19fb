using Huiyin.BuildingBlocks.Messaging.UnitOfWork;
using Huiyin.BuildingBlocks.Persistence;
using MediatR;
using Microsoft.Extensions.DependencyInjection;

namespace Huiyin.BuildingBlocks.Messaging;

/// <summary>
/// Innermost behavior: chooses how a request meets the database (<see cref="UnitOfWorkRoute"/>) and runs it that way —
/// a command in its own transaction (<see cref="OwnTransaction"/>) or in its caller's (<see cref="CallersTransaction"/>),
/// a query on its own or in its caller's transaction. The outermost request is run again after a transient database
/// failure (<see cref="TransientFailureRetry"/>), the outermost command also after a lost update (<see cref="LostUpdateRetry"/>),
/// and one marked <see cref="IRetriedOnOutdatedCopy"/> after a write refused for an outdated in-memory copy
/// (<see cref="OutdatedCopyRetry"/>).
/// </summary>
internal sealed class UnitOfWorkBehavior<TRequest, TResponse>(
    IServiceProvider services,
    ModuleDbContextMap contexts,
    OwnTransaction ownTransaction,
    CallersTransaction callersTransaction,
    OutdatedCopyRetry outdatedCopies,
    LostUpdateRetry lostUpdates,
    TransientFailureRetry transientFailures)
    : IPipelineBehavior<TRequest, TResponse>
{
    private static readonly string RequestName = typeof(TRequest).Name;

    public Task<TResponse> Handle(TRequest request, CancellationToken cancellationToken, RequestHandlerDelegate<TResponse> next)
    {
        var isCommand = request is ICommand;
        var db = contexts.TryGetFor(typeof(TRequest), out var contextType) && (isCommand || callersTransaction.IsOpen)
            ? (ModuleDbContext)services.GetRequiredService(contextType)
            : null;
        var route = UnitOfWorkRoutes.Choose(
            isCommand, hasContext: db is not null, contextInTransaction: db?.Database.CurrentTransaction is not null, callersTransaction.IsOpen);
        return route switch
        {
            UnitOfWorkRoute.OwnTransaction => transientFailures.RunAsync(RequestName,
                () => lostUpdates.RunAsync(RequestName, () => InOwnTransactionAsync(request, db!, next, cancellationToken)), cancellationToken),
            UnitOfWorkRoute.JoinCallersTransaction => request is IRetriedOnOutdatedCopy
                ? outdatedCopies.ForgetOnRefusalAsync(() => callersTransaction.JoinAsync(db!, RequestName, next, cancellationToken))
                : callersTransaction.JoinAsync(db!, RequestName, next, cancellationToken),
            UnitOfWorkRoute.ReadInCallersTransaction => callersTransaction.ReadAsync(db!, next, cancellationToken),
            UnitOfWorkRoute.QueryOnItsOwn => transientFailures.RunAsync(RequestName, () => next(), cancellationToken),
            _ => next(),
        };
    }

    private Task<TResponse> InOwnTransactionAsync(TRequest request, ModuleDbContext db, RequestHandlerDelegate<TResponse> next, CancellationToken cancellationToken) =>
        request is IRetriedOnOutdatedCopy
            ? outdatedCopies.RunAsync(() => ownTransaction.RunAsync(db, next, cancellationToken))
            : ownTransaction.RunAsync(db, next, cancellationToken);
}
