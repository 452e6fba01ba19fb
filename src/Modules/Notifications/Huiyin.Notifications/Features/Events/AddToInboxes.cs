using Huiyin.BuildingBlocks.Outbox;
using Huiyin.Notifications.Contracts;
using Huiyin.Notifications.Domain.Inbox;
using Huiyin.Notifications.Features.Shared;
using Huiyin.Notifications.Persistence;
using MediatR;

namespace Huiyin.Notifications.Features.Events;

/// <summary>
/// Writes an event's line into the inbox of everyone it concerns (<see cref="InboxRules"/>) who
/// keeps that kind of news in the app, in the transaction of the event's
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
        var note = InboxRules.For<TEvent>().Note(integrationEvent);
        var concerned = await InboxRules.RecipientsAsync(integrationEvent, _mediator, cancellationToken);
        var choices = await PreferenceBook.ChoicesAsync(Db, concerned, note.Kind, cancellationToken);
        var recipients = concerned.Where(person => choices[person].InApp).ToList();
        if (recipients.Count == 0)
        {
            return;
        }

        var sequences = await InboxSequences.NextAsync(Db, recipients, cancellationToken);
        var now = _clock.GetUtcNow();
        var items = recipients.Select(recipient => InboxItem.Write(recipient, sequences[recipient], integrationEvent.Id, note, now)).ToList();
        Db.InboxItems.AddRange(items);
        Db.Publish(new InboxItemsAdded(items.Select(item => item.Id).ToList(), now));
    }
}
