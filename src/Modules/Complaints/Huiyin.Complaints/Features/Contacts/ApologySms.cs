using Huiyin.Complaints.Domain;
using Huiyin.Complaints.Features.Shared;
using Huiyin.Notifications.Contracts;
using MediatR;

namespace Huiyin.Complaints.Features.Contacts;

/// <summary>
/// When the complainant cannot be reached, the apology SMS of S1 goes out, as for tickets, and counts as the contact attempt.
/// A message that cannot be sent (no phone, a number the gateway refuses) does not undo the logged contact; the timeline says why.
/// </summary>
internal sealed class ApologySms(IMediator mediator, ComplaintJournal journal)
{
    public async Task SendAsync(Complaint complaint, ComplaintContact contact, CancellationToken cancellationToken)
    {
        if (complaint.CustomerPhone is not { } phone)
        {
            journal.Record(complaint.Id, ComplaintTimelineKind.ContactLogged, TimelineNotes.NoApologySms("no_phone", "the customer has no phone on file."));
            return;
        }

        var sms = SendSms.UnreachableApology(phone, complaint.CustomerName, ComplaintSubject.Of(complaint.Category), "Complaint", complaint.Id.Value);
        if (contact.Apologised(await mediator.Send(sms, cancellationToken)) is { } failed)
        {
            journal.Record(complaint.Id, ComplaintTimelineKind.ContactLogged, TimelineNotes.NoApologySms(failed.Code, failed.Message));
        }
    }
}
