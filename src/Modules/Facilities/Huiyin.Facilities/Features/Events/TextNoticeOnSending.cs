using Huiyin.Facilities.Contracts;
using Huiyin.Facilities.Features.Notices;
using MediatR;

namespace Huiyin.Facilities.Features.Events;

/// <summary>
/// Texts the customers of a notice's units when SMS is one of its channels, a chunk at a time. Not an inbox-guarded
/// handler: ten thousand customers in one transaction would hold the notice's rows and the messages' for too long, so each
/// chunk commits on its own, and the recipient rows it writes are what make a redelivered event, or a second host handling
/// the same one, text nobody twice. A chunk that fails throws, so the outbox delivers the event again and the rest are told then.
/// </summary>
internal sealed class TextNoticeOnSending(IMediator mediator) : INotificationHandler<NoticeSent>
{
    public async Task Handle(NoticeSent notification, CancellationToken cancellationToken)
    {
        if (!notification.Channels.Contains("Sms"))
        {
            return;
        }

        while (true)
        {
            var chunk = await mediator.Send(new TextNoticeRecipients(notification.NoticeId), cancellationToken);
            if (chunk.IsFailure)
            {
                throw new InvalidOperationException($"Texting the customers of notice {notification.Number} failed: {chunk.Error.Code}");
            }

            if (chunk.Value == 0)
            {
                return;
            }
        }
    }
}
