using Huiyin.Tickets.Contracts;
using Huiyin.BuildingBlocks.Http;
using Huiyin.BuildingBlocks.Messaging;
using Huiyin.BuildingBlocks.Paging;
using Huiyin.BuildingBlocks.Results;
using Huiyin.Sla.Contracts;
using Huiyin.Tickets.Domain;
using Huiyin.Tickets.Persistence;
using MediatR;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.EntityFrameworkCore;

namespace Huiyin.Tickets.Features;

/// <summary>
/// Everything that happened to a ticket, in order: its own history (status changes, contacts, dispatch, field
/// work) and its clocks' events (started, paused, warned, breached, escalated, fulfilled), with who did each.
/// </summary>
internal sealed record GetTimeline(Guid TicketId) : IQuery<Result<ItemsResponse<TimelineItem>>>;

/// <summary>
/// One line: <c>source</c> is <c>ticket</c> or <c>clock</c>; <c>kind</c> names the event (for clock events with the
/// metric: <c>Resolution.Breached</c>); <c>actor</c> is the staff member, API client or <c>system</c>.
/// </summary>
internal sealed record TimelineItem(
    DateTimeOffset At, string Source, string Kind, string Actor, string ActorName, string? FromStatus, string? ToStatus, string Detail, int? EscalationLevel);

internal sealed class GetTimelineHandler(TicketsDbContext db, IMediator mediator) : IRequestHandler<GetTimeline, Result<ItemsResponse<TimelineItem>>>
{
    public async Task<Result<ItemsResponse<TimelineItem>>> Handle(GetTimeline request, CancellationToken cancellationToken)
    {
        var id = new TicketId(request.TicketId);
        if (!await db.Tickets.AnyAsync(t => t.Id == id, cancellationToken))
        {
            return Error.NotFound("Ticket", request.TicketId);
        }

        var own = await db.Timeline.AsNoTracking().Where(e => e.TicketId == id).OrderBy(e => e.At).ThenBy(e => e.Id).ToListAsync(cancellationToken);
        var clockEvents = await mediator.Send(new GetItemClockEvents(SlaWorkType.Ticket, request.TicketId), cancellationToken);
        var items = own
            .Select(e => new TimelineItem(e.At, "ticket", e.Kind.ToString(), e.Actor, e.ActorName, e.FromStatus?.ToString(), e.ToStatus?.ToString(), e.Detail, null))
            .Concat(clockEvents.Select(e => new TimelineItem(
                e.At, "clock", $"{e.Metric}.{e.Kind}", "system", "SLA", null, null, $"{e.Cause} (due {e.DueAt:u})", e.Level)))
            .OrderBy(item => item.At)
            .ThenBy(item => item.Source == "ticket" ? 0 : 1)
            .ToList();
        return new ItemsResponse<TimelineItem>(items);
    }
}

internal static class GetTimelineEndpoint
{
    public static void MapGetTimeline(this IEndpointRouteBuilder tickets) =>
        tickets.MapGet("/{id:guid}/timeline", async (Guid id, IMediator mediator, CancellationToken cancellationToken) =>
                (await mediator.Send(new GetTimeline(id), cancellationToken)).ToHttp(TypedResults.Ok))
            .RequireAuthorization(TicketsPermissions.Read)
            .WithName("GetTicketTimeline")
            .WithSummary("Every status change, contact, assignment, field event, clock event and escalation of a ticket, in order")
            .Produces<ItemsResponse<TimelineItem>>()
            .ProducesProblem(StatusCodes.Status404NotFound);
}
