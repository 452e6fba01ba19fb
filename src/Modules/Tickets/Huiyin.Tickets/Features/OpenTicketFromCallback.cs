using Huiyin.BuildingBlocks.Results;
using Huiyin.Tickets.Contracts;
using Huiyin.Tickets.Domain;
using MediatR;

namespace Huiyin.Tickets.Features;

internal sealed class OpenTicketFromCallbackHandler(IMediator mediator) : IRequestHandler<OpenTicketFromCallback, Result<InternalTicket>>
{
    public async Task<Result<InternalTicket>> Handle(OpenTicketFromCallback request, CancellationToken cancellationToken)
    {
        var created = await mediator.Send(
            new CreateTicket(TicketKind.ServiceRequest, IntakeChannel.Phone, request.CustomerId, request.Category, request.Description), cancellationToken);
        return created.IsSuccess ? new InternalTicket(created.Value.Ticket.Id, created.Value.Ticket.Number) : created.Error;
    }
}
