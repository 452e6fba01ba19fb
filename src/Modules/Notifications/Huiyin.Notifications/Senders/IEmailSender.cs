namespace Huiyin.Notifications.Senders;

/// <summary>Hands an e-mail to the mail server; throws when it was not accepted, so that delivery is retried.</summary>
internal interface IEmailSender
{
    Task SendAsync(Guid messageId, EmailMessage message, CancellationToken cancellationToken);
}
