using Huiyin.BuildingBlocks.Outbox;
using Huiyin.Notifications.Contracts;
using Huiyin.Notifications.Domain.Inbox;
using Huiyin.Notifications.Persistence;
using MediatR;

namespace Huiyin.Notifications.Features.Events;

/// <summary>
/// Writes an event's line into the inbox of everyone it concerns (<see cref="InboxRules"/>), in the transaction of the event's
/// inbox row, and queues <see cref="InboxItemsAdded"/> in the same transaction: the push goes out after commit, from the outbox.
/// </summary>
internal sealed class AddToInboxes<TEvent> : IdempotentEventHandler<TEvent, NotificationsDbContext>
    where TEvent : IntegrationEvent
{
    private readonly TimeProvider _clock;
    private readonly IMediator _mediator;

    public AddToInboxes(NotificationsDbContext db, TimeProvider clock, IMediator mediator)
        : base(db, clock)
    {
        _clock = clock;
        _mediator = mediator;
    }

    protected override async Task HandleOnceAsync(TEvent integrationEvent, CancellationToken cancellationToken)
    {
        var rule = InboxRules.For<TEvent>();
        var audience = await rule.Audience(integrationEvent, _mediator, cancellationToken);
        var recipients = await audience.ResolveAsync(_mediator, cancellationToken);
        if (recipients.Count == 0)
        {
            return;
        }

        var sequences = await InboxSequences.NextAsync(Db, recipients, cancellationToken);
        var note = rule.Note(integrationEvent);
        var now = _clock.GetUtcNow();
        var items = recipients.Select(recipient => InboxItem.Write(recipient, sequences[recipient], integrationEvent.Id, note, now)).ToList();
        Db.InboxItems.AddRange(items);
        Db.Publish(new InboxItemsAdded(items.Select(item => item.Id).ToList(), now));
    }
}
