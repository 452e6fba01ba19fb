using System.Text.Json.Serialization;
using Huiyin.BuildingBlocks.Http;
using Huiyin.BuildingBlocks.Messaging;
using Huiyin.BuildingBlocks.Paging;
using Huiyin.BuildingBlocks.Results;
using Huiyin.Sla.Contracts;
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

/// <summary>
/// Everything that happened to a ticket, in order: its own history (status changes, contacts, dispatch, field
/// work) and its clocks' events (started, paused, warned, breached, escalated, fulfilled), with who did each.
/// </summary>
internal sealed record GetTimeline(Guid TicketId) : IQuery<Result<ItemsResponse<TimelineItem>>>;

/// <summary>
/// One line: <c>source</c> is <c>ticket</c> or <c>clock</c>; a ticket line's <c>kind</c> names what happened to the
/// ticket, a clock line's <c>clockEvent</c> what happened to its <c>metric</c>'s clock; <c>actor</c> is the staff member, API client or <c>system</c>. <c>code</c> and
/// <c>args</c> say what <c>detail</c> says in English, for a client to word (<c>assigned</c> with <c>technicians</c>);
/// <c>code</c> is null on lines older than codes, whose detail is all there is.
/// </summary>
internal sealed record TimelineItem(
    DateTimeOffset At, TimelineSource Source, TimelineKind? Kind, ClockEventKind? ClockEvent, SlaMetric? Metric, string Actor, string ActorName, TicketStatus? FromStatus, TicketStatus? ToStatus, string Detail, int? EscalationLevel,
    string? Code, IReadOnlyDictionary<string, string> Args);

internal enum TimelineSource
{
    [JsonStringEnumMemberName("ticket")]
    Ticket,

    [JsonStringEnumMemberName("clock")]
    Clock,
}

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
        var notes = await NotesAsync(own, cancellationToken);
        var clockEvents = await mediator.Send(new GetItemClockEvents(SlaWorkType.Ticket, request.TicketId), cancellationToken);
        var items = own
            .Select(e => (Entry: e, Note: notes(e)))
            .Select(line => new TimelineItem(line.Entry.At, TimelineSource.Ticket, line.Entry.Kind, null, null, line.Entry.Actor, line.Entry.ActorName,
                line.Entry.FromStatus, line.Entry.ToStatus, line.Note?.Text ?? line.Entry.Detail, null, line.Note?.Code, line.Note?.Args ?? Empty))
            .Concat(clockEvents.Select(ClockLine))
            .OrderBy(item => item.At)
            .ThenBy(item => item.Source)
            .ToList();
        return new ItemsResponse<TimelineItem>(items);
    }

    private static readonly IReadOnlyDictionary<string, string> Empty = new Dictionary<string, string>();

    private static TimelineItem ClockLine(ClockEventRecord e) =>
        new(e.At, TimelineSource.Clock, null, e.Kind, e.Metric, "system", "SLA", null, null, e.TimelineDetail(), e.Level, e.TimelineCode(), e.TimelineArgs());

    /// <summary>
    /// The words of each line: as written, or, for an assignment written before lines carried codes (its detail the
    /// technicians' ids), the technicians named now.
    /// </summary>
    private async Task<Func<TimelineEntry, TimelineNote?>> NotesAsync(IReadOnlyList<TimelineEntry> entries, CancellationToken cancellationToken)
    {
        var crews = entries.Where(e => e is { Code: null, Kind: TimelineKind.Assigned })
            .Select(e => (e.Id, Crew: e.Detail.Split(", ").Select(id => Guid.TryParse(id, out var staffId) ? staffId : (Guid?)null).ToList()))
            .Where(line => line.Crew.All(id => id is not null))
            .ToDictionary(line => line.Id, line => line.Crew.Select(id => id!.Value).ToList());

        var names = await mediator.StaffNamesAsync(crews.Values.SelectMany(crew => crew).Distinct().ToList(), cancellationToken);
        return e => e.Code is not null ? new TimelineNote(e.Code, e.Detail, e.Args)
            : crews.TryGetValue(e.Id, out var crew) ? TimelineNotes.Assigned(crew, names)
            : null;
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
