using Huiyin.BuildingBlocks.Outbox;
using Huiyin.Notifications.Domain;
using Huiyin.Notifications.Persistence;
using Microsoft.EntityFrameworkCore;

namespace Huiyin.Notifications.Features.Events;

/// <summary>
/// Sends a queued message once its caller has committed, and marks it sent. A sender failure is counted on the message and
/// rethrown, so that the outbox retries the event with backoff and parks it after too many tries; the inbox makes a
/// redelivery after success a no-op.
/// </summary>
internal abstract class DeliverQueuedMessage<TEvent> : IdempotentEventHandler<TEvent, NotificationsDbContext>
    where TEvent : IntegrationEvent
{
    private readonly DeliveryAttempts _attempts;
    private readonly TimeProvider _clock;

    protected DeliverQueuedMessage(NotificationsDbContext db, DeliveryAttempts attempts, TimeProvider clock)
        : base(db, clock) => (_attempts, _clock) = (attempts, clock);

    protected abstract Guid MessageIdOf(TEvent integrationEvent);

    /// <summary>Sends the message; answers the provider's receipt, when it gives one.</summary>
    protected abstract Task<string?> SendAsync(OutgoingMessage message, CancellationToken cancellationToken);

    protected override async Task HandleOnceAsync(TEvent integrationEvent, CancellationToken cancellationToken)
    {
        var id = new MessageId(MessageIdOf(integrationEvent));
        var message = await Db.Messages.SingleAsync(m => m.Id == id, cancellationToken);
        string? receipt;
        try
        {
            receipt = await SendAsync(message, cancellationToken);
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            await _attempts.RecordFailureAsync(id, e.Message, cancellationToken);
            throw;
        }

        message.MarkSent(_clock.GetUtcNow(), receipt);
    }
}
