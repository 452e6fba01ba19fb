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
    private static readonly Dictionary<ComplaintCategory, string> CategoryNames = new()
    {
        [ComplaintCategory.Service] = "服务", [ComplaintCategory.Fees] = "收费", [ComplaintCategory.Funds] = "资金",
        [ComplaintCategory.Maintenance] = "维修", [ComplaintCategory.StaffConduct] = "员工行为", [ComplaintCategory.Security] = "安保",
        [ComplaintCategory.Cleaning] = "保洁", [ComplaintCategory.Greening] = "绿化", [ComplaintCategory.Facilities] = "设施",
        [ComplaintCategory.Parking] = "停车", [ComplaintCategory.Other] = "其他",
    };

    public async Task SendAsync(Complaint complaint, ComplaintContact contact, CancellationToken cancellationToken)
    {
        if (complaint.CustomerPhone is not { } phone)
        {
            journal.Record(complaint.Id, ComplaintTimelineKind.ContactLogged, TimelineNotes.NoApologySms("no_phone", "the customer has no phone on file."));
            return;
        }

        var sms = SendSms.UnreachableApology(phone, complaint.CustomerName, CategoryNames[complaint.Category] + "投诉", "Complaint", complaint.Id.Value);
        if (contact.Apologised(await mediator.Send(sms, cancellationToken)) is { } failed)
        {
            journal.Record(complaint.Id, ComplaintTimelineKind.ContactLogged, TimelineNotes.NoApologySms(failed.Code, failed.Message));
        }
    }
}
