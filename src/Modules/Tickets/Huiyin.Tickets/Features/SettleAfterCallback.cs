using Huiyin.BuildingBlocks.Results;
using Huiyin.Tickets.Contracts;
using Huiyin.Tickets.Domain;
using Huiyin.Tickets.Persistence;
using MediatR;
using Microsoft.EntityFrameworkCore;

namespace Huiyin.Tickets.Features;

internal sealed class SettleAfterCallbackHandler(TicketsDbContext db, IMediator mediator) : IRequestHandler<SettleTicketAfterCallback, Result>
{
    public async Task<Result> Handle(SettleTicketAfterCallback request, CancellationToken cancellationToken)
    {
        var status = await db.Tickets.AsNoTracking().Where(t => t.Id == new TicketId(request.TicketId)).Select(t => (TicketStatus?)t.Status)
            .SingleOrDefaultAsync(cancellationToken);
        var action = (status, request.Reopen) switch
        {
            (TicketStatus.Resolved or TicketStatus.Closed, true) => TicketAction.Reopen,
            (TicketStatus.Resolved, false) => TicketAction.Close,
            _ => (TicketAction?)null,
        };
        if (action is null)
        {
            return Result.Success();
        }

        var settled = await mediator.Send(new ChangeTicketStatus(request.TicketId, action.Value, request.Reason, ExpectedVersion: null), cancellationToken);
        return settled.IsSuccess ? Result.Success() : settled.Error;
    }
}
