using Huiyin.BuildingBlocks.Results;
using Huiyin.BuildingBlocks.Time;
using Huiyin.Complaints.Domain;
using Huiyin.Customers.Contracts;
using Huiyin.Notifications.Contracts;
using Huiyin.Sla.Contracts;
using MediatR;

namespace Huiyin.Complaints.Features.Shared;

/// <summary>
/// The receipt of S4, as for tickets: when the complainant agreed to text messages and has a mobile, the complaint's number and the
/// promised time go out by SMS as it is registered, and that acknowledges it; otherwise the first contact does. Sent only at
/// registration, so once per complaint; a message the gateway refuses leaves the acknowledgement to the first contact.
/// </summary>
internal sealed class ComplaintReceipt(IMediator mediator, ComplaintClocks clocks, ComplaintJournal journal, DeskTime desk)
{
    public async Task<Result> SendAsync(Complaint complaint, DateTimeOffset resolutionDueAt, CancellationToken cancellationToken)
    {
        var contact = (await mediator.Send(new GetSmsContacts([complaint.CustomerId]), cancellationToken)).SingleOrDefault();
        if (contact is not { SmsConsent: true, Mobile: { } mobile })
        {
            return Result.Success();
        }

        var sent = await mediator.Send(new SendSms(mobile, SmsTemplates.ReportReceipt,
            new Dictionary<string, string>
            {
                ["number"] = complaint.Number,
                ["category"] = ComplaintSubject.Of(complaint.Category),
                ["promisedAt"] = desk.MonthDayTime(resolutionDueAt),
            }, "Complaint", complaint.Id.Value), cancellationToken);
        if (sent.IsFailure)
        {
            journal.Record(complaint.Id, ComplaintTimelineKind.ContactLogged, TimelineNotes.NoReceipt(sent.Error.Code, sent.Error.Message));
            return Result.Success();
        }

        journal.Record(complaint.Id, ComplaintTimelineKind.ContactLogged, TimelineNotes.ReceiptSent());
        return await clocks.FulfilAsync(complaint, SlaMetric.Acknowledgement, "SMS receipt sent", cancellationToken);
    }
}
