using Huiyin.BuildingBlocks.Http;
using Huiyin.BuildingBlocks.Messaging;
using Huiyin.BuildingBlocks.Results;
using Huiyin.Tickets.Contracts;
using Huiyin.Tickets.Domain;
using Huiyin.Tickets.Features.Shared;
using Huiyin.Tickets.Persistence;
using MediatR;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.EntityFrameworkCore;

namespace Huiyin.Tickets.Features;

/// <summary>One ticket with its deadlines as the clocks have them now.</summary>
internal sealed record GetTicket(Guid Id) : IQuery<Result<Versioned<TicketResponse>>>;

internal sealed class GetTicketHandler(TicketsDbContext db, TicketClocks clocks, TimeProvider clock) : IRequestHandler<GetTicket, Result<Versioned<TicketResponse>>>
{
    public async Task<Result<Versioned<TicketResponse>>> Handle(GetTicket request, CancellationToken cancellationToken)
    {
        var ticket = await db.Tickets.AsNoTracking().SingleOrDefaultAsync(t => t.Id == new TicketId(request.Id), cancellationToken);
        return ticket is null
            ? Error.NotFound("Ticket", request.Id)
            : new Versioned<TicketResponse>(TicketResponse.From(ticket, clock.GetUtcNow(), await clocks.CurrentAsync(ticket.Id, cancellationToken)), ticket.Version);
    }
}

internal static class GetTicketEndpoint
{
    public static void MapGetTicket(this IEndpointRouteBuilder tickets) =>
        tickets.MapGet("/{id:guid}", async (Guid id, IMediator mediator, HttpResponse response, CancellationToken cancellationToken) =>
                (await mediator.Send(new GetTicket(id), cancellationToken)).ToHttp(found => found.ToOk(response)))
            .RequireAuthorization(TicketsPermissions.Read)
            .WithName("GetTicket")
            .WithSummary("One ticket with its deadlines, breaches, escalation level and the actions its status allows; ETag for updates")
            .Produces<TicketResponse>()
            .ProducesProblem(StatusCodes.Status404NotFound);
}
