using Huiyin.BuildingBlocks.Results;
using Huiyin.Facilities.Contracts;
using Huiyin.Tickets.Contracts;
using Huiyin.Tickets.Domain;
using Huiyin.Tickets.Persistence;
using MediatR;

namespace Huiyin.Tickets.Features.Shared;

/// <summary>
/// Opens a ticket: its number, the outages in force at its unit, its deadline clocks, the timeline's first line, the customer's SMS receipt and
/// <see cref="TicketCreated"/>.
/// </summary>
internal sealed class TicketOpening(
    TicketsDbContext db, TicketNumbers numbers, TicketClocks clocks, ReportReceipt receipt, TicketJournal journal, IMediator mediator)
{
    public async Task<Result<Ticket>> OpenAsync(TicketIntake intake, TicketCustomer customer, DateTimeOffset? receivedAt, CancellationToken cancellationToken)
    {
        var ticket = Ticket.Open(TicketId.New(), await numbers.NextAsync(cancellationToken), intake, customer);
        if (Guid.TryParse(intake.UnitId, out var unitId))
        {
            ticket.Outages.AddRange((await mediator.Send(new GetOutagesAffectingUnit(unitId), cancellationToken))
                .Select(o => new TicketOutage { OutageId = o.OutageId, Title = o.Title }));
        }

        db.Tickets.Add(ticket);
        ticket.CreatedAt = journal.Now;
        if (await clocks.StartAsync(ticket, receivedAt, cancellationToken) is { IsFailure: true } notStarted)
        {
            return notStarted.Error;
        }

        journal.Record(ticket, TimelineKind.Created, TimelineNotes.Created(ticket, receivedAt));
        if (ticket.Channel != IntakeChannel.Internal && await receipt.SendAsync(ticket, customer.TextMobile, cancellationToken) is { IsFailure: true } notAcknowledged)
        {
            return notAcknowledged.Error;
        }

        await journal.PublishAsync(ticket, new TicketCreated(ticket.Id.Value, ticket.Number, ticket.Kind.ToString(), ticket.Channel.ToString(), ticket.CustomerId,
            ticket.Category.ToString(), ticket.Priority.ToString(), journal.Actor.Label, journal.Now), cancellationToken);
        return ticket;
    }
}
