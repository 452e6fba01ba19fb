using MailKit.Net.Smtp;
using Microsoft.Extensions.Options;
using MimeKit;

namespace Huiyin.Notifications.Senders;

/// <summary>Sends each e-mail over SMTP with MailKit: one connection per message, signed in when a user name is configured.</summary>
internal sealed class SmtpEmailSender(IOptions<SmtpOptions> options) : IEmailSender
{
    public async Task SendAsync(Guid messageId, EmailMessage message, CancellationToken cancellationToken)
    {
        var settings = options.Value;
        if (!settings.Enabled || settings.Host is not { } host)
        {
            throw new InvalidOperationException("No mail server is configured (Smtp:Host).");
        }

        using var client = new SmtpClient { Timeout = (int)settings.Timeout.TotalMilliseconds };
        await client.ConnectAsync(host, settings.Port, settings.Security, cancellationToken);
        if (!string.IsNullOrEmpty(settings.UserName))
        {
            await client.AuthenticateAsync(settings.UserName, settings.Password ?? "", cancellationToken);
        }

        await client.SendAsync(Compose(messageId, message, settings), cancellationToken);
        await client.DisconnectAsync(quit: true, cancellationToken);
    }

    private static MimeMessage Compose(Guid messageId, EmailMessage message, SmtpOptions settings)
    {
        var body = new BodyBuilder { TextBody = message.Body };
        foreach (var attachment in message.Attachments)
        {
            body.Attachments.Add(attachment.FileName, attachment.Content, ContentType.Parse(attachment.ContentType));
        }

        var mime = new MimeMessage { Subject = message.Subject, Body = body.ToMessageBody() };
        mime.From.Add(new MailboxAddress(settings.FromName, settings.From));
        mime.To.Add(MailboxAddress.Parse(message.To));
        // A stable id lets a receiving server recognise a message sent again after a lost acknowledgement.
        mime.MessageId = $"{messageId:N}@{settings.From.Split('@').Last()}";
        return mime;
    }
}
