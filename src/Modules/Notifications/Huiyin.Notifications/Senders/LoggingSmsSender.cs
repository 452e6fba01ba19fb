using Huiyin.Notifications.Domain;
using Microsoft.Extensions.Logging;

namespace Huiyin.Notifications.Senders;

/// <summary>The sender until an SMS gateway is configured: writes each message to the log (phone masked) and counts it as sent.</summary>
internal sealed class LoggingSmsSender(ILogger<LoggingSmsSender> logger) : ISmsSender
{
    public Task SendAsync(Guid messageId, string phone, string text, CancellationToken cancellationToken)
    {
        logger.LogInformation("SMS {MessageId} to {Phone}: {Text}", messageId, MobilePhone.Mask(phone), text);
        return Task.CompletedTask;
    }
}
