using FluentValidation;
using Huiyin.BuildingBlocks.Http;
using Huiyin.BuildingBlocks.Messaging;
using Huiyin.BuildingBlocks.Results;
using Huiyin.BuildingBlocks.Time;
using Huiyin.Tickets.Contracts;
using Huiyin.Tickets.Domain;
using Huiyin.Tickets.Features.Shared;
using Huiyin.Tickets.Persistence;
using MediatR;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Routing;

namespace Huiyin.Tickets.Features.Dispatch;

/// <summary>The appointment window agreed with the customer for a dispatched ticket (Assigned → Scheduled; again to move it).</summary>
internal sealed record ScheduleTicket(Guid TicketId, DateTimeOffset? From, DateTimeOffset? To, uint? ExpectedVersion) : ICommand<Result<Versioned<TicketResponse>>>;

internal sealed record ScheduleBody(DateTimeOffset? From, DateTimeOffset? To);

internal sealed class ScheduleTicketValidator : AbstractValidator<ScheduleTicket>
{
    public static readonly TimeSpan LongestWindow = TimeSpan.FromDays(1);

    /// <summary>A window that starts while the form was being filled in is not "in the past".</summary>
    private static readonly TimeSpan Slack = TimeSpan.FromMinutes(5);

    public ScheduleTicketValidator(TimeProvider clock)
    {
        RuleFor(x => x.From).NotNull().Must(from => from >= clock.GetUtcNow() - Slack).WithMessage("The appointment cannot start in the past.").WithErrorCode("appointment_in_past");
        RuleFor(x => x.To).NotNull()
            .Must((x, to) => to > x.From).WithMessage("The appointment must end after it starts.").WithErrorCode("appointment_end_before_start")
            .Must((x, to) => to - x.From <= LongestWindow).WithMessage("An appointment window is at most one day.").WithErrorCode("appointment_too_long")
            .When(x => x.From is not null);
    }
}

internal sealed class ScheduleTicketHandler(TicketsDbContext db, TicketLoader loader, TicketJournal journal, DeskTime desk)
    : IRequestHandler<ScheduleTicket, Result<Versioned<TicketResponse>>>
{
    public async Task<Result<Versioned<TicketResponse>>> Handle(ScheduleTicket request, CancellationToken cancellationToken)
    {
        var found = await loader.ForChangeAsync(request.TicketId, request.ExpectedVersion, cancellationToken);
        if (found.IsFailure)
        {
            return found.Error;
        }

        var ticket = found.Value;
        var (from, to) = (request.From!.Value.ToUniversalTime(), request.To!.Value.ToUniversalTime());
        var move = ticket.Schedule(from, to);
        if (move.IsFailure)
        {
            return move.Error;
        }

        var (localFrom, localTo) = (TimeZoneInfo.ConvertTime(from, desk.Zone), TimeZoneInfo.ConvertTime(to, desk.Zone));
        journal.Record(ticket, TimelineKind.Scheduled, TimelineNotes.Scheduled(localFrom, localTo), move.Value.Changed ? move.Value : null);
        await db.SaveChangesAsync(cancellationToken);
        return new Versioned<TicketResponse>(TicketResponse.From(ticket, journal.Now), ticket.Version);
    }
}

internal static class ScheduleTicketEndpoint
{
    public static void MapScheduleTicket(this IEndpointRouteBuilder tickets) =>
        tickets.MapPost("/{id:guid}/schedule", async (Guid id, ScheduleBody body, [FromHeader(Name = "If-Match")] string? ifMatch, HttpResponse response,
                    IMediator mediator, CancellationToken cancellationToken) =>
                (await mediator.Send(new ScheduleTicket(id, body.From, body.To, ETags.Parse(ifMatch)), cancellationToken)).ToHttp(scheduled => scheduled.ToOk(response)))
            .RequireAuthorization(TicketsPermissions.Dispatch)
            .WithName("ScheduleTicket")
            .WithSummary("Set the appointment window agreed with the customer (Assigned or Scheduled → Scheduled)")
            .WithDescription("`from` before `to`, not in the past, at most one day long. 409 when the ticket is not dispatched. If-Match is honoured when sent.")
            .Produces<TicketResponse>()
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status409Conflict)
            .ProducesProblem(StatusCodes.Status412PreconditionFailed);
}
