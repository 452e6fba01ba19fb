using Huiyin.Notifications.Contracts;
using Huiyin.Notifications.Domain;
using Huiyin.Notifications.Persistence;
using Huiyin.Notifications.Senders;

namespace Huiyin.Notifications.Features.Events;

/// <summary>Hands a queued e-mail to the mail server.</summary>
internal sealed class DeliverEmail(NotificationsDbContext db, IEmailSender sender, DeliveryAttempts attempts, TimeProvider clock)
    : DeliverQueuedMessage<EmailQueued>(db, attempts, clock)
{
    protected override Guid MessageIdOf(EmailQueued integrationEvent) => integrationEvent.MessageId;

    protected override async Task<string?> SendAsync(OutgoingMessage message, CancellationToken cancellationToken)
    {
        await sender.SendAsync(message.Id.Value, new EmailMessage(message.EmailAddress!, message.Subject!, message.Text), cancellationToken);
        return null;
    }
}
