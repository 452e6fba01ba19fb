using FluentValidation;
using Huiyin.BuildingBlocks.Http;
using Huiyin.BuildingBlocks.Messaging;
using Huiyin.BuildingBlocks.Results;
using Huiyin.Tickets.Contracts;
using Huiyin.Tickets.Domain;
using Huiyin.Tickets.Features.FieldWork;
using Huiyin.Tickets.Features.Shared;
using Huiyin.Tickets.Persistence;
using MediatR;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace Huiyin.Tickets.Features.Dispatch;

/// <summary>
/// A technician gives a job back with a reason (wrong trade, no access, parts): they leave the crew, and when
/// nobody is left the ticket returns to dispatch. Handing back on site also checks them out: they are leaving,
/// and once off the crew they could not check out of that visit any more.
/// </summary>
internal sealed record HandBackTicket(Guid TicketId, string Reason) : ICommand<Result>;

internal sealed class HandBackTicketValidator : AbstractValidator<HandBackTicket>
{
    public HandBackTicketValidator() => RuleFor(x => x.Reason).IsText(500);
}

internal sealed class HandBackTicketHandler(TicketsDbContext db, CrewAccess crew, TicketJournal journal) : IRequestHandler<HandBackTicket, Result>
{
    public async Task<Result> Handle(HandBackTicket request, CancellationToken cancellationToken)
    {
        var job = await crew.JobAsync(request.TicketId, cancellationToken);
        if (job.IsFailure)
        {
            return job.Error;
        }

        var openVisit = await crew.OpenVisitAsync(job.Value, cancellationToken);
        var move = job.Value.HandBack(crew.TechnicianId);
        if (move.IsFailure)
        {
            return move.Error;
        }

        if (openVisit is not null)
        {
            await journal.CheckOutAsync(job.Value, openVisit, cancellationToken, handedBack: true);
        }

        journal.Record(job.Value, TimelineKind.HandedBack, TimelineNotes.HandedBack(request.Reason.Trim()), move.Value.Changed ? move.Value : null);
        await db.SaveChangesAsync(cancellationToken);
        return Result.Success();
    }
}

internal static class HandBackTicketEndpoint
{
    public static void MapHandBackTicket(this IEndpointRouteBuilder tickets) =>
        tickets.MapPost("/{id:guid}/hand-back", async (Guid id, ReasonBody body, IMediator mediator, CancellationToken cancellationToken) =>
                (await mediator.Send(new HandBackTicket(id, body.Reason), cancellationToken)).ToHttp())
            .RequireAuthorization(TicketsPermissions.FieldWork)
            .WithName("HandBackTicket")
            .WithSummary("A technician on the job gives it back with a reason; with nobody left it returns to dispatch")
            .WithDescription("A technician checked in on site is checked out too (CheckedOut on the timeline, TechnicianVisitCompleted published). 403 for a technician not on the job. 409 when the status allows no hand-back.")
            .Produces(StatusCodes.Status204NoContent)
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status403Forbidden)
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status409Conflict);
}
