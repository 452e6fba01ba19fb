using Huiyin.Facilities.Contracts;
using Huiyin.Facilities.Domain.Outages;
using Huiyin.Facilities.Features.Outages;
using MediatR;

namespace Huiyin.Facilities.Features.Events;

/// <summary>
/// Texts the customers an outage affects when it starts and when it is restored, a chunk at a time. Not an inbox-guarded
/// handler: ten thousand customers in one transaction would hold the outage's rows and the messages' for too long, so each
/// chunk commits on its own, and the notice rows it writes are what make a redelivered event, or a second host handling the
/// same one, tell nobody twice. A chunk that fails throws, so the outbox delivers the event again and the rest are told then.
/// </summary>
internal sealed class NotifyOfOutage(IMediator mediator) : INotificationHandler<OutageStarted>, INotificationHandler<OutageRestored>
{
    public Task Handle(OutageStarted notification, CancellationToken cancellationToken) => NotifyAsync(notification.OutageId, OutagePhase.Start, cancellationToken);

    public Task Handle(OutageRestored notification, CancellationToken cancellationToken) => NotifyAsync(notification.OutageId, OutagePhase.Restoration, cancellationToken);

    private async Task NotifyAsync(Guid outageId, OutagePhase phase, CancellationToken cancellationToken)
    {
        while (true)
        {
            var chunk = await mediator.Send(new NotifyAffectedCustomers(outageId, phase), cancellationToken);
            if (chunk.IsFailure)
            {
                throw new InvalidOperationException($"Telling the customers of outage {outageId} ({phase}) failed: {chunk.Error.Code}");
            }

            if (chunk.Value == 0)
            {
                return;
            }
        }
    }
}
