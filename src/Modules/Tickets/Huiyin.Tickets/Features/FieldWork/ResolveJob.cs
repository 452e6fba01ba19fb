using FluentValidation;
using Huiyin.BuildingBlocks.Http;
using Huiyin.BuildingBlocks.Messaging;
using Huiyin.BuildingBlocks.Results;
using Huiyin.Tickets.Features.Shared;
using Huiyin.Tickets.Persistence;
using MediatR;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace Huiyin.Tickets.Features.FieldWork;

/// <summary>
/// The technician finishes the job on site: a summary, and whether the work is chargeable and for how much
/// (有偿服务; left as taken in when not said). The clocks are met and a callback follows (§5).
/// </summary>
internal sealed record ResolveJob(Guid TicketId, string Summary, bool? Chargeable, decimal? Fee) : ICommand<Result<JobSummary>>;

internal sealed record ResolveJobBody(string Summary, bool? Chargeable = null, decimal? Fee = null);

internal sealed class ResolveJobValidator : AbstractValidator<ResolveJob>
{
    public ResolveJobValidator()
    {
        RuleFor(x => x.Summary).IsText(2000);
        RuleFor(x => x.Fee).InclusiveBetween(0m, 1_000_000m)
            .Must((x, _) => x.Chargeable != false).WithMessage("A fee is charged only for chargeable work (有偿服务).").WithErrorCode("fee_needs_chargeable")
            .When(x => x.Fee is not null);
    }
}

internal sealed class ResolveJobHandler(TicketsDbContext db, CrewAccess crew, TicketWork work) : IRequestHandler<ResolveJob, Result<JobSummary>>
{
    public async Task<Result<JobSummary>> Handle(ResolveJob request, CancellationToken cancellationToken)
    {
        var job = await crew.OnSiteJobAsync(request.TicketId, "resolve", cancellationToken);
        if (job.IsFailure)
        {
            return job.Error;
        }

        var ticket = job.Value;
        var chargeable = request.Chargeable ?? (ticket.Chargeable || request.Fee is not null);
        ticket.RecordFieldOutcome(chargeable, request.Fee ?? ticket.Fee);
        if (await work.ResolveAsync(ticket, request.Summary.Trim(), cancellationToken) is { IsFailure: true } notResolved)
        {
            return notResolved.Error;
        }

        await db.SaveChangesAsync(cancellationToken);
        return JobSummary.From(ticket, crew.TechnicianId);
    }
}

internal static class ResolveJobEndpoint
{
    public static void MapResolveJob(this IEndpointRouteBuilder jobs) =>
        jobs.MapPost("/{id:guid}/resolve", async (Guid id, ResolveJobBody body, IMediator mediator, CancellationToken cancellationToken) =>
                (await mediator.Send(new ResolveJob(id, body.Summary, body.Chargeable, body.Fee), cancellationToken)).ToHttp(TypedResults.Ok))
            .AsFieldStep("ResolveJob", "Resolve the job on site with a summary; chargeable work (有偿服务) with its fee")
            .Produces<JobSummary>();
}
