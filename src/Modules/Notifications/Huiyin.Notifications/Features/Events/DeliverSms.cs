using Huiyin.BuildingBlocks.Outbox;
using Huiyin.Notifications.Contracts;
using Huiyin.Notifications.Domain;
using Huiyin.Notifications.Persistence;
using Huiyin.Notifications.Senders;
using Microsoft.EntityFrameworkCore;

namespace Huiyin.Notifications.Features.Events;

/// <summary>
/// Sends a queued text message once its caller has committed, and marks it sent. A sender failure is counted on the
/// message and rethrown, so that the outbox retries the event with backoff; the inbox makes a redelivery after success a no-op.
/// </summary>
internal sealed class DeliverSms : IdempotentEventHandler<SmsQueued, NotificationsDbContext>
{
    private readonly ISmsSender _sender;
    private readonly DeliveryAttempts _attempts;
    private readonly TimeProvider _clock;

    public DeliverSms(NotificationsDbContext db, ISmsSender sender, DeliveryAttempts attempts, TimeProvider clock)
        : base(db, clock) => (_sender, _attempts, _clock) = (sender, attempts, clock);

    protected override async Task HandleOnceAsync(SmsQueued integrationEvent, CancellationToken cancellationToken)
    {
        var id = new MessageId(integrationEvent.MessageId);
        var message = await Db.Messages.SingleAsync(m => m.Id == id, cancellationToken);
        try
        {
            await _sender.SendAsync(id.Value, message.Phone, message.Text, cancellationToken);
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            await _attempts.RecordFailureAsync(id, e.Message, cancellationToken);
            throw;
        }

        message.MarkSent(_clock.GetUtcNow());
    }
}
