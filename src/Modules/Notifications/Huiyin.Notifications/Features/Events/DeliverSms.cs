using Huiyin.Notifications.Contracts;
using Huiyin.Notifications.Domain;
using Huiyin.Notifications.Persistence;
using Huiyin.Notifications.Senders;

namespace Huiyin.Notifications.Features.Events;

/// <summary>Hands a queued text message to the configured SMS sender.</summary>
internal sealed class DeliverSms(NotificationsDbContext db, ISmsSender sender, DeliveryAttempts attempts, TimeProvider clock)
    : DeliverQueuedMessage<SmsQueued>(db, attempts, clock)
{
    protected override Guid MessageIdOf(SmsQueued integrationEvent) => integrationEvent.MessageId;

    protected override Task<string?> SendAsync(OutgoingMessage message, CancellationToken cancellationToken) =>
        sender.SendAsync(new SmsMessage(message.Id.Value, message.Phone, message.TemplateKey, message.TemplateValues, message.Text), cancellationToken);
}
