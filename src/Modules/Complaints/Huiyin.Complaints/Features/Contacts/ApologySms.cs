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
        var sent = complaint.CustomerPhone is { } phone
            ? await mediator.Send(new SendSms(phone, SmsTemplates.UnreachableApology,
                new Dictionary<string, string> { ["customerName"] = complaint.CustomerName, ["subject"] = CategoryNames[complaint.Category] + "投诉" },
                "Complaint", complaint.Id.Value), cancellationToken)
            : null;
        if (sent is { IsSuccess: true })
        {
            contact.ApologySent(sent.Value);
            return;
        }

        journal.Record(complaint.Id, ComplaintTimelineKind.ContactLogged, sent is null
            ? TimelineNotes.NoApologySms("no_phone", "the customer has no phone on file.")
            : TimelineNotes.NoApologySms(sent.Error.Code, sent.Error.Message));
    }
}
