
namespace Huiyin.Notifications.Senders;

/// <summary>Hands a text message to a carrier or gateway; throws when it was not accepted, so that delivery is retried.</summary>
internal interface ISmsSender
{
    Task SendAsync(Guid messageId, string phone, string text, CancellationToken cancellationToken);
}
