using System.Text.Json.Serialization;
using Huiyin.BuildingBlocks.Http;
using Huiyin.BuildingBlocks.Messaging;
using Huiyin.BuildingBlocks.Paging;
using Huiyin.BuildingBlocks.Results;
using Huiyin.Complaints.Contracts;
using Huiyin.Complaints.Domain;
using Huiyin.Complaints.Persistence;
using Huiyin.Sla.Contracts;
using MediatR;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.EntityFrameworkCore;

namespace Huiyin.Complaints.Features;

/// <summary>
/// Everything that happened to a complaint, in order, as for tickets: its own history (registered, each handling step with the
/// words given, severity raised, repeats, contacts, evidence) and its clocks' events (started, warned, breached, escalated,
/// fulfilled, restarted), with who did each.
/// </summary>
internal sealed record GetTimeline(Guid ComplaintId) : IQuery<Result<ItemsResponse<ComplaintTimelineItem>>>;

/// <summary>
/// One line: <c>source</c> is <c>complaint</c> or <c>clock</c>; a complaint line's <c>kind</c> names what happened to the
/// complaint, a clock line's <c>clockEvent</c> what happened to its <c>metric</c>'s clock; <c>actor</c> is the staff member,
/// API client or <c>system</c>. <c>code</c> and <c>args</c> say what <c>detail</c> says in English, for a client to word.
/// </summary>
internal sealed record ComplaintTimelineItem(
    DateTimeOffset At, ComplaintTimelineSource Source, ComplaintTimelineKind? Kind, ClockEventKind? ClockEvent, SlaMetric? Metric, string Actor, string ActorName,
    ComplaintStatus? FromStatus, ComplaintStatus? ToStatus, string Detail, int? EscalationLevel, string Code, IReadOnlyDictionary<string, string> Args);

internal enum ComplaintTimelineSource
{
    [JsonStringEnumMemberName("complaint")]
    Complaint,

    [JsonStringEnumMemberName("clock")]
    Clock,
}

internal sealed class GetTimelineHandler(ComplaintsDbContext db, IMediator mediator) : IRequestHandler<GetTimeline, Result<ItemsResponse<ComplaintTimelineItem>>>
{
    public async Task<Result<ItemsResponse<ComplaintTimelineItem>>> Handle(GetTimeline request, CancellationToken cancellationToken)
    {
        var id = new ComplaintId(request.ComplaintId);
        if (!await db.Complaints.AnyAsync(c => c.Id == id, cancellationToken))
        {
            return Error.NotFound("Complaint", request.ComplaintId);
        }

        var own = await db.Timeline.AsNoTracking().Where(e => e.ComplaintId == id).OrderBy(e => e.At).ThenBy(e => e.Id).ToListAsync(cancellationToken);
        var clockEvents = await mediator.Send(new GetItemClockEvents(SlaWorkType.Complaint, request.ComplaintId), cancellationToken);
        var items = own
            .Select(e => new ComplaintTimelineItem(e.At, ComplaintTimelineSource.Complaint, e.Kind, null, null, e.Actor, e.ActorName, e.FromStatus, e.ToStatus,
                e.Detail, null, e.Code, e.Args))
            .Concat(clockEvents.Select(ClockLine))
            .OrderBy(item => item.At)
            .ThenBy(item => item.Source)
            .ToList();
        return new ItemsResponse<ComplaintTimelineItem>(items);
    }

    private static ComplaintTimelineItem ClockLine(ClockEventRecord e) =>
        new(e.At, ComplaintTimelineSource.Clock, null, e.Kind, e.Metric, "system", "SLA", null, null, e.TimelineDetail(), e.Level, e.TimelineCode(), e.TimelineArgs());
}

internal static class GetTimelineEndpoint
{
    public static void MapGetComplaintTimeline(this IEndpointRouteBuilder complaints) =>
        complaints.MapGet("/{id:guid}/timeline", async (Guid id, IMediator mediator, CancellationToken cancellationToken) =>
                (await mediator.Send(new GetTimeline(id), cancellationToken)).ToHttp(TypedResults.Ok))
            .RequireAuthorization(ComplaintsPermissions.Read)
            .WithName("GetComplaintTimeline")
            .WithSummary("Every handling step, severity change, repeat, contact, evidence and clock event of a complaint, in order")
            .Produces<ItemsResponse<ComplaintTimelineItem>>()
            .ProducesProblem(StatusCodes.Status404NotFound);
}
