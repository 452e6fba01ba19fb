using System.Text.Json.Serialization;
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
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.ModelBinding;
using Microsoft.AspNetCore.Routing;

namespace Huiyin.Tickets.Features.FieldWork;

/// <summary>
/// The technician arrives on site: an Assigned or Scheduled job starts (→ InProgress) and a visit opens, with
/// the phone's position when it has one. A crew member arriving later, or a second visit, opens another visit;
/// checking in again while checked in answers the open visit (a retry over a flaky network).
/// </summary>
internal sealed record CheckIn(Guid TicketId, double? Latitude, double? Longitude) : ICommand<Result<VisitResponse>>;

/// <summary>Where the phone is, if it knows; unknown fields are refused so that a typo is not silently lost.</summary>
[JsonUnmappedMemberHandling(JsonUnmappedMemberHandling.Disallow)]
internal sealed record PositionBody(double? Latitude = null, double? Longitude = null);

internal sealed class CheckInValidator : AbstractValidator<CheckIn>
{
    public CheckInValidator()
    {
        RuleFor(x => x.Latitude).InclusiveBetween(-90, 90).NotNull().When(x => x.Longitude is not null).WithMessage("Send latitude and longitude together.");
        RuleFor(x => x.Longitude).InclusiveBetween(-180, 180).NotNull().When(x => x.Latitude is not null).WithMessage("Send latitude and longitude together.");
    }
}

internal sealed class CheckInHandler(TicketsDbContext db, CrewAccess crew, TicketJournal journal) : IRequestHandler<CheckIn, Result<VisitResponse>>
{
    public async Task<Result<VisitResponse>> Handle(CheckIn request, CancellationToken cancellationToken)
    {
        var job = await crew.JobAsync(request.TicketId, cancellationToken);
        if (job.IsFailure)
        {
            return job.Error;
        }

        var ticket = job.Value;
        var open = await crew.OpenVisitAsync(ticket, cancellationToken);
        if (open is not null)
        {
            return VisitResponse.From(open);
        }

        StatusMove? move = null;
        if (ticket.Status != TicketStatus.InProgress)
        {
            var started = ticket.StartWork();
            if (started.IsFailure)
            {
                return started.Error;
            }

            move = started.Value;
        }

        var visit = TechnicianVisit.CheckIn(ticket.Id, crew.TechnicianId, journal.Now, request.Latitude, request.Longitude);
        db.Visits.Add(visit);
        journal.Record(ticket, TimelineKind.CheckedIn, TimelineNotes.CheckedIn(request.Latitude, request.Longitude), move);
        await db.SaveChangesAsync(cancellationToken);
        return VisitResponse.From(visit);
    }
}

internal static class CheckInEndpoint
{
    public static void MapCheckIn(this IEndpointRouteBuilder jobs) =>
        jobs.MapPost("/{id:guid}/check-in", async (Guid id, [FromBody(EmptyBodyBehavior = EmptyBodyBehavior.Allow)] PositionBody? body, IMediator mediator,
                    CancellationToken cancellationToken) =>
                (await mediator.Send(new CheckIn(id, body?.Latitude, body?.Longitude), cancellationToken)).ToHttp(TypedResults.Ok))
            .AsFieldStep("CheckInToJob", "Check in on site: the job starts (Assigned or Scheduled → InProgress) and a visit opens")
            .WithDescription("No body, or `{latitude, longitude}`. Checking in again while checked in answers the open visit.")
            .Produces<VisitResponse>();
}
