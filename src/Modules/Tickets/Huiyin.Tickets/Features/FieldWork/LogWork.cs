using FluentValidation;
using Huiyin.BuildingBlocks.Http;
using Huiyin.BuildingBlocks.Messaging;
using Huiyin.BuildingBlocks.Results;
using Huiyin.Tickets.Domain;
using Huiyin.Tickets.Features.Shared;
using Huiyin.Tickets.Persistence;
using MediatR;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace Huiyin.Tickets.Features.FieldWork;

/// <summary>What was done and the materials used (S2: 注明所用材料及情况说明), written on site.</summary>
internal sealed record LogWork(Guid TicketId, string Explanation, IReadOnlyList<MaterialLine>? Materials) : ICommand<Result<WorkLogResponse>>;

internal sealed record WorkLogBody(string Explanation, IReadOnlyList<MaterialLine>? Materials = null);

internal sealed class LogWorkValidator : AbstractValidator<LogWork>
{
    public const int MaxMaterials = 50;

    public LogWorkValidator()
    {
        RuleFor(x => x.Explanation).IsText(2000);
        RuleFor(x => x.Materials).Must(m => m is null || m.Count <= MaxMaterials).WithMessage($"At most {MaxMaterials} materials a log.").WithErrorCode("too_many_materials");
        RuleForEach(x => x.Materials).NotNull().WithMessage("A material is required.").ChildRules(material =>
        {
            material.RuleFor(m => m.Name).IsText(100);
            material.RuleFor(m => m.Quantity).GreaterThan(0).LessThanOrEqualTo(100_000);
            material.RuleFor(m => m.Unit).IsText(20);
        });
    }
}

internal sealed class LogWorkHandler(TicketsDbContext db, CrewAccess crew, TicketJournal journal) : IRequestHandler<LogWork, Result<WorkLogResponse>>
{
    public async Task<Result<WorkLogResponse>> Handle(LogWork request, CancellationToken cancellationToken)
    {
        var job = await crew.OnSiteJobAsync(request.TicketId, "log work", cancellationToken);
        if (job.IsFailure)
        {
            return job.Error;
        }

        var materials = (request.Materials ?? []).Select(m => new MaterialUsed { Name = m.Name.Trim(), Quantity = m.Quantity, Unit = m.Unit.Trim() }).ToList();
        var log = WorkLog.Write(job.Value.Id, journal.Actor, journal.Now, request.Explanation.Trim(), materials);
        db.WorkLogs.Add(log);
        journal.Record(job.Value, TimelineKind.WorkLogged, TimelineNotes.WorkLogged(log.Explanation, materials));
        await db.SaveChangesAsync(cancellationToken);
        return WorkLogResponse.From(log);
    }
}

internal static class LogWorkEndpoint
{
    public static void MapLogWork(this IEndpointRouteBuilder jobs) =>
        jobs.MapPost("/{id:guid}/work-log", async (Guid id, WorkLogBody body, IMediator mediator, CancellationToken cancellationToken) =>
                (await mediator.Send(new LogWork(id, body.Explanation, body.Materials), cancellationToken))
                .ToHttp(log => TypedResults.Created($"/api/v1/me/jobs/{id}", log)))
            .AsFieldStep("LogJobWork", "Write what was done and the materials used (注明所用材料及情况说明)")
            .WithDescription("`materials`: `[{name, quantity, unit}]`. The job must be InProgress (checked in).")
            .Produces<WorkLogResponse>(StatusCodes.Status201Created);
}
