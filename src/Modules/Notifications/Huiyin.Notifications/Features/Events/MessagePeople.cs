using Huiyin.BuildingBlocks.Outbox;
using Huiyin.Notifications.Contracts;
using Huiyin.Notifications.Domain;
using Huiyin.Notifications.Features.Shared;
using Huiyin.Notifications.Persistence;
using Huiyin.Notifications.Senders;
using Huiyin.Organization.Contracts;
using MediatR;
using Microsoft.Extensions.Options;

namespace Huiyin.Notifications.Features.Events;

/// <summary>
/// Queues an e-mail and a text message about an event to each person it concerns who asked for that kind of news by that channel
/// and has an address for it, in the transaction of the event's inbox row; delivery follows from the outbox. Nothing is
/// e-mailed while no mail server is configured.
/// </summary>
internal sealed class MessagePeople<TEvent> : IdempotentEventHandler<TEvent, NotificationsDbContext>
    where TEvent : IntegrationEvent
{
    private readonly IMediator _mediator;
    private readonly IOptions<SmtpOptions> _smtp;
    private readonly TimeProvider _clock;

    public MessagePeople(NotificationsDbContext db, IMediator mediator, IOptions<SmtpOptions> smtp, TimeProvider clock)
        : base(db, clock) => (_mediator, _smtp, _clock) = (mediator, smtp, clock);

    protected override async Task HandleOnceAsync(TEvent integrationEvent, CancellationToken cancellationToken)
    {
        var note = InboxRules.For<TEvent>().Note(integrationEvent);
        var concerned = await InboxRules.RecipientsAsync(integrationEvent, _mediator, cancellationToken);
        var choices = await PreferenceBook.ChoicesAsync(Db, concerned, note.Kind, cancellationToken);
        var byEmail = concerned.Where(person => _smtp.Value.Enabled && choices[person].Email).ToHashSet();
        var bySms = concerned.Where(person => choices[person].Sms).ToHashSet();
        if (byEmail.Count + bySms.Count == 0)
        {
            return;
        }

        var contacts = await _mediator.Send(new GetStaffContacts([.. byEmail.Union(bySms)]), cancellationToken);
        var text = NoteWording.Text(note);
        var now = _clock.GetUtcNow();
        foreach (var contact in contacts)
        {
            if (byEmail.Contains(contact.Id) && contact.Email is { } address)
            {
                var email = OutgoingMessage.QueueEmail(address, note.Code, NoteWording.Subject(text), NoteWording.Body(text), note.Link?.Type, note.Link?.Id, now);
                Db.Messages.Add(email);
                Db.Publish(new EmailQueued(email.Id.Value, now));
            }

            if (bySms.Contains(contact.Id) && contact.Mobile is { } mobile)
            {
                var sms = OutgoingMessage.QueueSms(mobile, note.Code, note.Args, text, note.Link?.Type, note.Link?.Id, now);
                Db.Messages.Add(sms);
                Db.Publish(new SmsQueued(sms.Id.Value, sms.RelatedItemType, sms.RelatedItemId, now));
            }
        }
    }
}
