using Huiyin.BuildingBlocks.Http;
using Huiyin.BuildingBlocks.Messaging;
using Huiyin.BuildingBlocks.Results;
using Huiyin.Tickets.Contracts;
using Huiyin.Tickets.Domain;
using Huiyin.Tickets.Features.Shared;
using Huiyin.Tickets.Persistence;
using MediatR;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace Huiyin.Tickets.Features.FieldWork;

/// <summary>The technician leaves the site: their open visit closes, whatever the job's status (resolved on the spot, say).</summary>
internal sealed record CheckOut(Guid TicketId) : ICommand<Result<VisitResponse>>;

internal sealed class CheckOutHandler(TicketsDbContext db, CrewAccess crew, TicketJournal journal) : IRequestHandler<CheckOut, Result<VisitResponse>>
{
    public async Task<Result<VisitResponse>> Handle(CheckOut request, CancellationToken cancellationToken)
    {
        var job = await crew.JobAsync(request.TicketId, cancellationToken);
        if (job.IsFailure)
        {
            return job.Error;
        }

        var ticket = job.Value;
        var visit = await crew.OpenVisitAsync(ticket, cancellationToken);
        if (visit is null)
        {
            return Error.Conflict("not_checked_in", $"You are not checked in on {ticket.Number}.",
                new Dictionary<string, object?> { ["currentStatus"] = ticket.Status.ToString() }).With("number", ticket.Number);
        }

        await journal.CheckOutAsync(ticket, visit, cancellationToken);
        await db.SaveChangesAsync(cancellationToken);
        return VisitResponse.From(visit);
    }
}

internal static class SiteDeparture
{
    /// <summary>Closes the visit now: 离场签退 on the timeline (with how long, and whether handing back closed it) and TechnicianVisitCompleted for other modules.</summary>
    public static Task CheckOutAsync(this TicketJournal journal, Ticket ticket, TechnicianVisit visit, CancellationToken cancellationToken, bool handedBack = false)
    {
        visit.CheckOut(journal.Now);
        journal.Record(ticket, TimelineKind.CheckedOut, TimelineNotes.CheckedOut(journal.Now - visit.CheckedInAt, handedBack));
        return journal.PublishAsync(ticket,
            new TechnicianVisitCompleted(ticket.Id.Value, visit.Id, visit.TechnicianId, visit.CheckedInAt, journal.Now, journal.Now, ticket.CustomerId), cancellationToken);
    }
}

internal static class CheckOutEndpoint
{
    public static void MapCheckOut(this IEndpointRouteBuilder jobs) =>
        jobs.MapPost("/{id:guid}/check-out", async (Guid id, IMediator mediator, CancellationToken cancellationToken) =>
                (await mediator.Send(new CheckOut(id), cancellationToken)).ToHttp(TypedResults.Ok))
            .AsFieldStep("CheckOutOfJob", "Check out: the caller's open visit closes and TechnicianVisitCompleted is published")
            .WithDescription("409 `not_checked_in` when the caller has no open visit on the job.")
            .Produces<VisitResponse>();
}
