using FluentValidation;
using Huiyin.BuildingBlocks.Http;
using Huiyin.BuildingBlocks.Messaging;
using Huiyin.BuildingBlocks.Results;
using Huiyin.Organization.Contracts;
using Huiyin.Sla.Contracts;
using Huiyin.Tickets.Contracts;
using Huiyin.Tickets.Domain;
using Huiyin.Tickets.Features.Shared;
using Huiyin.Tickets.Persistence;
using MediatR;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Routing;

namespace Huiyin.Tickets.Features;

/// <summary>
/// Dispatches a ticket to a technician, or to several for a major fault (加派人力, the first is the lead).
/// Assigning again replaces the crew. The first assignment hands the work off (the hand-off clock is met).
/// </summary>
internal sealed record AssignTicket(Guid TicketId, Guid? TechnicianId, IReadOnlyList<Guid>? TechnicianIds, Guid? TeamId, uint? ExpectedVersion)
    : ICommand<Result<Versioned<TicketResponse>>>
{
    public IReadOnlyList<Guid> Crew => TechnicianIds is { Count: > 0 } several ? several.Distinct().ToList() : TechnicianId is { } one ? [one] : [];
}

/// <summary><c>technicianId</c> for one technician, or <c>technicianIds</c> (lead first) for a crew.</summary>
internal sealed record AssignBody(Guid? TechnicianId = null, IReadOnlyList<Guid>? TechnicianIds = null, Guid? TeamId = null);

internal sealed class AssignTicketValidator : AbstractValidator<AssignTicket>
{
    public const int MaxCrew = 10;

    public AssignTicketValidator()
    {
        RuleFor(x => x.TechnicianId).Must((x, _) => x.Crew.Count > 0).WithMessage("Name the technician (technicianId) or the crew (technicianIds).").WithErrorCode("technician_required");
        RuleFor(x => x.TechnicianIds).Must(ids => ids is null || ids.Count <= MaxCrew).WithMessage($"A crew has at most {MaxCrew} technicians.").WithErrorCode("crew_too_large")
            .Must(ids => ids is null || ids.All(id => id != Guid.Empty)).WithMessage("technicianIds has an empty id.").WithErrorCode("empty_id");
    }
}

internal sealed class AssignTicketHandler(TicketsDbContext db, TicketLoader loader, TicketClocks clocks, TicketJournal journal, IMediator mediator)
    : IRequestHandler<AssignTicket, Result<Versioned<TicketResponse>>>
{
    public async Task<Result<Versioned<TicketResponse>>> Handle(AssignTicket request, CancellationToken cancellationToken)
    {
        var roles = await mediator.Send(new GetStaffRoles(request.Crew), cancellationToken);
        var notTechnicians = request.Crew.Where(id => !roles.TryGetValue(id, out var held) || !held.Contains(StaffRole.Technician)).ToList();
        if (notTechnicians.Count > 0)
        {
            return Error.Validation("not_a_technician", request.TechnicianIds is { Count: > 0 } ? "technicianIds" : "technicianId",
                $"Not a technician: {string.Join(", ", notTechnicians)}.", new Dictionary<string, object?> { ["ids"] = notTechnicians });
        }

        var found = await loader.ForChangeAsync(request.TicketId, request.ExpectedVersion, cancellationToken);
        if (found.IsFailure)
        {
            return found.Error;
        }

        var ticket = found.Value;
        var move = ticket.Assign(request.Crew, request.TeamId);
        if (move.IsFailure)
        {
            return move.Error;
        }

        if (await clocks.FulfilAwaitedAsync(ticket, "assigned", cancellationToken, SlaMetric.Handoff) is { IsFailure: true } handedOff)
        {
            return handedOff.Error;
        }

        var names = await mediator.StaffNamesAsync(request.Crew, cancellationToken);
        journal.Record(ticket, TimelineKind.Assigned, TimelineNotes.Assigned(request.Crew, names), move.Value.Changed ? move.Value : null);
        await journal.PublishAsync(ticket, new TicketAssigned(ticket.Id.Value, ticket.TechnicianIds, journal.Actor.Label, journal.Now), cancellationToken);
        await db.SaveChangesAsync(cancellationToken);
        return new Versioned<TicketResponse>(TicketResponse.From(ticket, journal.Now), ticket.Version);
    }
}

internal static class AssignTicketEndpoint
{
    public static void MapAssignTicket(this IEndpointRouteBuilder tickets) =>
        tickets.MapPost("/{id:guid}/assign", async (Guid id, AssignBody body, [FromHeader(Name = "If-Match")] string? ifMatch, HttpResponse response,
                    IMediator mediator, CancellationToken cancellationToken) =>
                (await mediator.Send(new AssignTicket(id, body.TechnicianId, body.TechnicianIds, body.TeamId, ETags.Parse(ifMatch)), cancellationToken))
                .ToHttp(assigned => assigned.ToOk(response)))
            .RequireAuthorization(TicketsPermissions.Dispatch)
            .WithName("AssignTicket")
            .WithSummary("Dispatch a ticket to a technician or a crew (lead first)")
            .WithDescription("The technicians must be staff with the Technician role (400 otherwise). 409 when the status does not allow dispatch.")
            .Produces<TicketResponse>()
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status409Conflict)
            .ProducesProblem(StatusCodes.Status412PreconditionFailed);
}
