using Huiyin.Notifications.Domain;
using Microsoft.Extensions.Logging;

namespace Huiyin.Notifications.Senders;

/// <summary>The sender until an SMS provider is configured: writes each message to the log (phone masked) and counts it as sent.</summary>
internal sealed class LoggingSmsSender(ILogger<LoggingSmsSender> logger) : ISmsSender
{
    public Task<string?> SendAsync(SmsMessage message, CancellationToken cancellationToken)
    {
        logger.LogInformation("SMS {MessageId} to {Phone}: {Text}", message.Id, MobilePhone.Mask(message.Phone), message.Text);
        return Task.FromResult<string?>(null);
    }
}
