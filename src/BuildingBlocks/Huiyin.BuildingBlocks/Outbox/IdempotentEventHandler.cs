using Huiyin.BuildingBlocks.Messaging;
using Huiyin.BuildingBlocks.Messaging.UnitOfWork;
using Huiyin.BuildingBlocks.Persistence;
using MediatR;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Storage;
using Microsoft.Extensions.Logging.Abstractions;

namespace Huiyin.BuildingBlocks.Outbox;

/// <summary>
/// The base of every integration-event handler: an inbox row per event and handler is inserted in the
/// handler's own transaction, so a redelivered event is recognised and skipped. Commands and queries the handler
/// sends to other modules join that transaction, as they do from a command (docs/decisions/0006).
/// </summary>
public abstract class IdempotentEventHandler<TEvent, TContext>(TContext db, TimeProvider clock) : INotificationHandler<TEvent>, ISharesItsTransaction
    where TEvent : IntegrationEvent
    where TContext : ModuleDbContext
{
    protected TContext Db { get; } = db;

    /// <summary>The scope's shared transaction, handed over when the handler is created (<see cref="MessagingRegistration"/>).</summary>
    SharedTransaction ISharesItsTransaction.Shared { get; set; } = new();

    LostUpdateRetry ISharesItsTransaction.LostUpdates { get; set; } = new(NullLogger<LostUpdateRetry>.Instance);

    /// <summary>
    /// Handles the event once. A save that loses an update to a concurrent change (a user's step on the same row) runs the
    /// whole transaction again at once on the row as stored now, as a command does (docs/decisions/0026); only after the
    /// last attempt does the event go back to its outbox for a later retry.
    /// </summary>
    public async Task Handle(TEvent notification, CancellationToken cancellationToken)
    {
        if (!await ConcernsAsync(notification, cancellationToken))
        {
            return;
        }

        var handler = (ISharesItsTransaction)this;
        await handler.LostUpdates.RunAsync(GetType().Name, async () =>
        {
            await HandleInTransactionAsync(notification, handler.Shared, cancellationToken);
            return true;
        });
    }

    private async Task HandleInTransactionAsync(TEvent notification, SharedTransaction shared, CancellationToken cancellationToken)
    {
        await using var transaction = await Db.Database.BeginTransactionAsync(cancellationToken);
        shared.Begin(Db.Database.GetDbConnection(), transaction.GetDbTransaction());
        try
        {
            // The schema is the module's own constant, never input.
            var insertInboxRow = "INSERT INTO \"" + Db.Schema + "\".inbox_messages (message_id, handler, processed_at) VALUES ({0}, {1}, {2}) ON CONFLICT DO NOTHING";
            var firstTime = await Db.Database.ExecuteSqlRawAsync(
                insertInboxRow, [notification.Id, GetType().FullName!, clock.GetUtcNow()], cancellationToken) == 1;
            if (!firstTime)
            {
                return;
            }

            await HandleOnceAsync(notification, cancellationToken);
            await Db.SaveChangesAsync(cancellationToken);
            await transaction.CommitAsync(cancellationToken);
        }
        catch
        {
            // What this attempt tracked is rolled back with it; a re-run must read it again.
            Db.ChangeTracker.Clear();
            shared.ForgetWhatJoinedContextsTrack();
            throw;
        }
        finally
        {
            shared.End();
        }
    }

    /// <summary>
    /// Whether the event has anything for this handler to do, asked before the transaction: an event that concerns
    /// nobody costs a read instead of a committed inbox row.
    /// </summary>
    protected virtual Task<bool> ConcernsAsync(TEvent integrationEvent, CancellationToken cancellationToken) => Task.FromResult(true);

    protected abstract Task HandleOnceAsync(TEvent integrationEvent, CancellationToken cancellationToken);
}
