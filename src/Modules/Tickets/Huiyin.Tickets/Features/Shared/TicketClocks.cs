using Huiyin.BuildingBlocks.Results;
using Huiyin.Sla.Contracts;
using Huiyin.Tickets.Domain;
using MediatR;

namespace Huiyin.Tickets.Features.Shared;

/// <summary>
/// The ticket's side of its deadline clocks: each lifecycle step sends the Sla module's command (in the same
/// transaction as the ticket's change) and mirrors the clock as it now is onto the ticket.
/// </summary>
internal sealed class TicketClocks(IMediator mediator)
{
    /// <summary>
    /// Starts the clocks from when the report came in (now, unless it is entered late): first contact, resolution and hand-off,
    /// and the acknowledgement when a customer reported it.
    /// </summary>
    public async Task<Result> StartAsync(Ticket ticket, DateTimeOffset? receivedAt, CancellationToken cancellationToken)
    {
        SlaMetric[] metrics = ticket.Channel == IntakeChannel.Internal
            ? [SlaMetric.FirstContact, SlaMetric.Resolution, SlaMetric.Handoff]
            : [SlaMetric.FirstContact, SlaMetric.Resolution, SlaMetric.Acknowledgement, SlaMetric.Handoff];
        var started = await mediator.Send(new StartClocks(SlaWorkType.Ticket, ticket.Id.Value, ticket.ClockAttributes, metrics, receivedAt), cancellationToken);
        if (started.IsFailure)
        {
            return started.Error;
        }

        ticket.StartDeadlines(started.Value);
        return Result.Success();
    }

    public Task<Result> FulfilAsync(Ticket ticket, SlaMetric metric, string cause, CancellationToken cancellationToken) =>
        MirrorAsync(ticket, mediator.Send(new FulfilClock(SlaWorkType.Ticket, ticket.Id.Value, metric, cause), cancellationToken));

    /// <summary>Fulfils each of <paramref name="metrics"/> the ticket still awaits.</summary>
    public async Task<Result> FulfilAwaitedAsync(Ticket ticket, string cause, CancellationToken cancellationToken, params SlaMetric[] metrics)
    {
        foreach (var metric in metrics.Where(ticket.Deadlines.Awaits))
        {
            if (await FulfilAsync(ticket, metric, cause, cancellationToken) is { IsFailure: true } failed)
            {
                return failed;
            }
        }

        return Result.Success();
    }

    public Task<Result> PauseResolutionAsync(Ticket ticket, string cause, CancellationToken cancellationToken) =>
        MirrorAsync(ticket, mediator.Send(new PauseClock(SlaWorkType.Ticket, ticket.Id.Value, SlaMetric.Resolution, cause), cancellationToken));

    public Task<Result> ResumeResolutionAsync(Ticket ticket, string cause, CancellationToken cancellationToken) =>
        MirrorAsync(ticket, mediator.Send(new ResumeClock(SlaWorkType.Ticket, ticket.Id.Value, SlaMetric.Resolution, cause), cancellationToken));

    public Task<Result> RestartResolutionAsync(Ticket ticket, string cause, CancellationToken cancellationToken) =>
        MirrorAsync(ticket, mediator.Send(new RestartClock(SlaWorkType.Ticket, ticket.Id.Value, SlaMetric.Resolution, cause), cancellationToken));

    public Task<Result> StopAsync(Ticket ticket, string cause, CancellationToken cancellationToken) =>
        mediator.Send(new StopClocks(SlaWorkType.Ticket, ticket.Id.Value, cause), cancellationToken);

    /// <summary>The item's clocks as the Sla module has them now (due times move while paused, breaches come from the sweep).</summary>
    public Task<IReadOnlyList<ClockView>> CurrentAsync(TicketId id, CancellationToken cancellationToken) =>
        mediator.Send(new GetItemClocks(SlaWorkType.Ticket, id.Value), cancellationToken);

    private static async Task<Result> MirrorAsync(Ticket ticket, Task<Result<ClockView>> command)
    {
        var clock = await command;
        if (clock.IsFailure)
        {
            return clock.Error;
        }

        ticket.Deadlines.Mirror(clock.Value);
        return Result.Success();
    }
}
