using Huiyin.BuildingBlocks.Messaging;
using Huiyin.BuildingBlocks.Paging;
using Huiyin.Tickets.Domain;
using Huiyin.Tickets.Persistence;
using MediatR;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.EntityFrameworkCore;

namespace Huiyin.Tickets.Features.FieldWork;

/// <summary>The caller's open jobs, soonest first: by appointment, else by resolution due time.</summary>
internal sealed record ListMyJobs : IQuery<ItemsResponse<JobSummary>>;

internal sealed class ListMyJobsHandler(TicketsDbContext db, CrewAccess crew) : IRequestHandler<ListMyJobs, ItemsResponse<JobSummary>>
{
    private const int MaxJobs = 200;

    public async Task<ItemsResponse<JobSummary>> Handle(ListMyJobs request, CancellationToken cancellationToken)
    {
        var me = crew.TechnicianId;
        var open = TicketStatusGroups.Open;
        var jobs = await db.Tickets.AsNoTracking()
            .Where(t => t.TechnicianIds.Contains(me) && open.Contains(t.Status))
            .OrderBy(t => t.AppointmentFrom ?? t.Deadlines.ResolutionDueAt)
            .ThenBy(t => t.Number)
            .Take(MaxJobs)
            .ToListAsync(cancellationToken);
        return new ItemsResponse<JobSummary>(jobs.Select(t => JobSummary.From(t, me)).ToList());
    }
}

internal static class ListMyJobsEndpoint
{
    public static void MapListMyJobs(this IEndpointRouteBuilder jobs) =>
        jobs.MapGet("/", async (IMediator mediator, CancellationToken cancellationToken) => TypedResults.Ok(await mediator.Send(new ListMyJobs(), cancellationToken)))
            .AsFieldWork("ListMyJobs", "The caller's open jobs, soonest appointment or due time first")
            .Produces<ItemsResponse<JobSummary>>();
}
