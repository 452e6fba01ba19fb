namespace Huiyin.Notifications.Senders;

/// <summary>A text message as queued: the template it came from and its values (for providers with approved templates), and its text.</summary>
internal sealed record SmsMessage(Guid Id, string Phone, string TemplateKey, IReadOnlyDictionary<string, string> Values, string Text);

/// <summary>Hands a text message to a carrier or gateway; throws when it was not accepted, so that delivery is retried.</summary>
internal interface ISmsSender
{
    /// <summary>Answers the provider's receipt for the accepted message, when it gives one.</summary>
    Task<string?> SendAsync(SmsMessage message, CancellationToken cancellationToken);
}
