using Huiyin.BuildingBlocks.Http;
using Huiyin.BuildingBlocks.Messaging;
using Huiyin.BuildingBlocks.Results;
using Huiyin.Tickets.Persistence;
using MediatR;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.EntityFrameworkCore;

namespace Huiyin.Tickets.Features.FieldWork;

/// <summary>One of the caller's jobs with everything done on site so far.</summary>
internal sealed record GetMyJob(Guid TicketId) : IQuery<Result<JobDetail>>;

/// <summary>The job, what the customer reported, and its visits, work logs, photos and sign-offs, oldest first.</summary>
internal sealed record JobDetail(
    JobSummary Job,
    string Description,
    bool Chargeable,
    decimal? Fee,
    IReadOnlyList<Guid> TechnicianIds,
    IReadOnlyList<VisitResponse> Visits,
    IReadOnlyList<WorkLogResponse> WorkLogs,
    IReadOnlyList<PhotoResponse> Photos,
    IReadOnlyList<SignOffResponse> SignOffs);

internal sealed class GetMyJobHandler(TicketsDbContext db, CrewAccess crew) : IRequestHandler<GetMyJob, Result<JobDetail>>
{
    public async Task<Result<JobDetail>> Handle(GetMyJob request, CancellationToken cancellationToken)
    {
        var job = await crew.JobAsync(request.TicketId, cancellationToken);
        if (job.IsFailure)
        {
            return job.Error;
        }

        var id = job.Value.Id;
        var visits = await db.Visits.AsNoTracking().Where(v => v.TicketId == id).OrderBy(v => v.CheckedInAt).ToListAsync(cancellationToken);
        var logs = await db.WorkLogs.AsNoTracking().Where(w => w.TicketId == id).OrderBy(w => w.At).ToListAsync(cancellationToken);
        var photos = await db.Photos.AsNoTracking().Where(p => p.TicketId == id).OrderBy(p => p.UploadedAt).Select(PhotoResponse.Projection).ToListAsync(cancellationToken);
        var signOffs = await db.SignOffs.AsNoTracking().Where(s => s.TicketId == id).OrderBy(s => s.At).ToListAsync(cancellationToken);
        var t = job.Value;
        return new JobDetail(
            JobSummary.From(t, crew.TechnicianId), t.Description, t.Chargeable, t.Fee, t.TechnicianIds,
            visits.Select(VisitResponse.From).ToList(), logs.Select(WorkLogResponse.From).ToList(), photos, signOffs.Select(SignOffResponse.From).ToList());
    }
}

internal static class GetMyJobEndpoint
{
    public static void MapGetMyJob(this IEndpointRouteBuilder jobs) =>
        jobs.MapGet("/{id:guid}", async (Guid id, IMediator mediator, CancellationToken cancellationToken) =>
                (await mediator.Send(new GetMyJob(id), cancellationToken)).ToHttp(TypedResults.Ok))
            .AsJobRead("GetMyJob", "One of the caller's jobs with its visits, work logs, photos and the customer's sign-offs")
            .Produces<JobDetail>();
}
