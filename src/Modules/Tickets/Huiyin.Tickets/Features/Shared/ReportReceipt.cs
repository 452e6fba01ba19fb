using Huiyin.BuildingBlocks.Results;
using Huiyin.BuildingBlocks.Time;
using Huiyin.Notifications.Contracts;
using Huiyin.Sla.Contracts;
using Huiyin.Tickets.Domain;
using MediatR;

namespace Huiyin.Tickets.Features.Shared;

/// <summary>
/// The receipt of S4: when the customer agreed to text messages and has a mobile, the report's number, category and promised
/// time go out by SMS as the report is taken in, and that acknowledges it. Otherwise the agent's first logged reply does.
/// Sent only at intake, so once per report; a message the gateway refuses leaves the acknowledgement to the agent.
/// </summary>
internal sealed class ReportReceipt(IMediator mediator, TicketClocks clocks, TicketJournal journal, DeskTime desk)
{
    /// <param name="textMobile">The customer's mobile when they agreed to text messages (read with the intake's customer summary).</param>
    public async Task<Result> SendAsync(Ticket ticket, string? textMobile, CancellationToken cancellationToken)
    {
        if (textMobile is not { } mobile)
        {
            return Result.Success();
        }

        var sent = await mediator.Send(new SendSms(mobile, SmsTemplates.ReportReceipt,
            new Dictionary<string, string>
            {
                ["number"] = ticket.Number,
                ["category"] = TicketWords.Subject(ticket),
                ["promisedAt"] = desk.MonthDayTime(ticket.PromisedAt ?? ticket.Deadlines.ResolutionDueAt),
            }, "Ticket", ticket.Id.Value), cancellationToken);
        if (sent.IsFailure)
        {
            journal.Record(ticket, TimelineKind.ContactLogged, TimelineNotes.NoReceipt(sent.Error.Code, sent.Error.Message));
            return Result.Success();
        }

        journal.Record(ticket, TimelineKind.ContactLogged, TimelineNotes.ReceiptSent());
        return await clocks.FulfilAsync(ticket, SlaMetric.Acknowledgement, "SMS receipt sent", cancellationToken);
    }
}
