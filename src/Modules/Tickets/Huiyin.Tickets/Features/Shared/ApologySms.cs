using Huiyin.Notifications.Contracts;
using Huiyin.Tickets.Domain;
using MediatR;

namespace Huiyin.Tickets.Features.Shared;

/// <summary>
/// When the customer cannot be reached, the apology SMS of S1 (X先生/女士您好，我是XX的工作人员……) goes out and counts
/// as the contact attempt. A message that cannot be sent (no phone, a number the SMS gateway refuses) does not undo
/// the logged contact; the timeline says why none went out.
/// </summary>
internal sealed class ApologySms(IMediator mediator, TicketJournal journal)
{
    public async Task SendAsync(Ticket ticket, TicketContact contact, CancellationToken cancellationToken)
    {
        if (ticket.CustomerPhone is not { } phone)
        {
            journal.Record(ticket, TimelineKind.ContactLogged, TimelineNotes.NoApologySmsWithoutPhone());
            return;
        }

        var sms = SendSms.UnreachableApology(phone, ticket.CustomerName, TicketWords.Subject(ticket), "Ticket", ticket.Id.Value);
        if (contact.Apologised(await mediator.Send(sms, cancellationToken)) is { } failed)
        {
            journal.Record(ticket, TimelineKind.ContactLogged, TimelineNotes.NoApologySms(failed.Code, failed.Message));
        }
    }
}
