using Huiyin.Tickets.Contracts;
using Huiyin.BuildingBlocks.Messaging;
using Huiyin.Tickets.Domain;
using Huiyin.Tickets.Persistence;
using MediatR;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.EntityFrameworkCore;

namespace Huiyin.Tickets.Features.Dispatch;

/// <summary>
/// What a drag-to-assign board needs: the open tickets nobody is dispatched to (most pressing first: priority,
/// then resolution due time) and the technicians with their load. Dropping a ticket on a technician is
/// <c>POST /tickets/{id}/assign</c>.
/// </summary>
internal sealed record GetDispatchBoard : IQuery<DispatchBoard>;

internal sealed record DispatchBoard(IReadOnlyList<BoardTicket> Unassigned, IReadOnlyList<TechnicianLoad> Technicians);

internal sealed record BoardTicket(
    Guid Id, string Number, string Status, string Priority, string Kind, string Category, string CustomerName, string? UnitId, string? Location,
    Guid? TeamId, DateTimeOffset? PromisedAt, DateTimeOffset FirstContactDueAt, DateTimeOffset ResolutionDueAt, bool Breached, DateTimeOffset CreatedAt)
{
    public static BoardTicket From(Ticket t) => new(
        t.Id.Value, t.Number, t.Status.ToString(), t.Priority.ToString(), t.Kind.ToString(), t.Category.ToString(), t.CustomerName, t.UnitId, t.Location,
        t.TeamId, t.PromisedAt, t.Deadlines.FirstContactDueAt, t.Deadlines.ResolutionDueAt, t.Deadlines.FirstContactBreached || t.Deadlines.ResolutionBreached,
        t.CreatedAt);
}

internal sealed class GetDispatchBoardHandler(TicketsDbContext db, TechnicianLoads loads) : IRequestHandler<GetDispatchBoard, DispatchBoard>
{
    private const int MaxTickets = 200;

    public async Task<DispatchBoard> Handle(GetDispatchBoard request, CancellationToken cancellationToken)
    {
        // Only work that can be dispatched now: a pending ticket waits for the customer or for parts first.
        var dispatchable = TicketLifecycle.StatusesAllowing(TicketAction.Assign);
        var unassigned = await db.Tickets.AsNoTracking()
            .Where(t => dispatchable.Contains(t.Status) && t.TechnicianIds.Count == 0)
            .OrderBy(t => t.Deadlines.ResolutionDueAt)
            .Take(MaxTickets)
            .ToListAsync(cancellationToken);
        var board = unassigned.OrderByDescending(t => t.Priority).ThenBy(t => t.Deadlines.ResolutionDueAt).Select(BoardTicket.From).ToList();
        return new DispatchBoard(board, await loads.AllAsync(cancellationToken));
    }
}

internal static class GetDispatchBoardEndpoint
{
    public static void MapGetDispatchBoard(this IEndpointRouteBuilder tickets) =>
        tickets.MapGet("/dispatch-board", async (IMediator mediator, CancellationToken cancellationToken) =>
                TypedResults.Ok(await mediator.Send(new GetDispatchBoard(), cancellationToken)))
            .RequireAuthorization(TicketsPermissions.Dispatch)
            .WithName("GetDispatchBoard")
            .WithSummary("Open tickets waiting for a technician, most pressing first, and the technicians with their open jobs")
            .Produces<DispatchBoard>();
}
