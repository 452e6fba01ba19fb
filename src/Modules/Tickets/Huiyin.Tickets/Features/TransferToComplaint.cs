using Huiyin.BuildingBlocks.Results;
using Huiyin.Tickets.Contracts;
using Huiyin.Tickets.Domain;
using Huiyin.Tickets.Persistence;
using MediatR;
using Microsoft.EntityFrameworkCore;

namespace Huiyin.Tickets.Features;

internal sealed class TransferToComplaintHandler(TicketsDbContext db, IMediator mediator) : IRequestHandler<TransferTicketToComplaint, Result>
{
    public async Task<Result> Handle(TransferTicketToComplaint request, CancellationToken cancellationToken)
    {
        var ticket = await db.Tickets.AsNoTracking().Where(t => t.Id == new TicketId(request.TicketId))
            .Select(t => new { t.CustomerId, t.Status }).SingleOrDefaultAsync(cancellationToken);
        if (ticket is null || ticket.CustomerId != request.CustomerId)
        {
            return ticket is null
                ? Error.Validation("unknown_ticket", "ticketId", "There is no ticket with this id.")
                : Error.Validation("ticket_of_another_customer", "ticketId", "This ticket is another customer's.");
        }

        if (!TicketLifecycle.IsOpen(ticket.Status))
        {
            return Error.Conflict("ticket_not_open", "Only an open ticket can be turned into a complaint.",
                new Dictionary<string, object?> { ["currentStatus"] = ticket.Status.ToString() });
        }

        var cancelled = await mediator.Send(
            new ChangeTicketStatus(request.TicketId, TicketAction.Cancel, $"转为投诉 {request.ComplaintNumber}", ExpectedVersion: null), cancellationToken);
        return cancelled.IsSuccess ? Result.Success() : cancelled.Error;
    }
}
