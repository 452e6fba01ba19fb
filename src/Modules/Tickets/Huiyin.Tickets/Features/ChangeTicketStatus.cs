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

namespace Huiyin.Tickets.Features;

/// <summary>
/// Moves a ticket along its lifecycle: start, pend (the resolution clock pauses), resume, resolve, close, reopen
/// (resolution restarts) or cancel (the clocks stop). An action its status does not allow is a 409 naming the
/// status and the actions it does allow. <paramref name="Text"/> is the reason, or the summary of a resolve.
/// <paramref name="ByCrew"/>: the caller may change a ticket dispatched to them only (the crew rule of <c>/me/jobs</c>).
/// </summary>
internal sealed record ChangeTicketStatus(Guid Id, TicketAction Action, string? Text, uint? ExpectedVersion, bool ByCrew = false)
    : ICommand<Result<Versioned<TicketResponse>>>;

internal sealed class ChangeTicketStatusValidator : AbstractValidator<ChangeTicketStatus>
{
    public ChangeTicketStatusValidator()
    {
        RuleFor(x => x.Text).IsText(2000).OverridePropertyName("summary").When(x => x.Action == TicketAction.Resolve);
        RuleFor(x => x.Text).IsText(500).OverridePropertyName("reason").When(x => x.Action is TicketAction.Pend or TicketAction.Cancel or TicketAction.Reopen);
    }
}

internal sealed class ChangeTicketStatusHandler(
    TicketsDbContext db, TicketLoader loader, CrewAccess crew, TicketClocks clocks, TicketWork work, TicketJournal journal)
    : IRequestHandler<ChangeTicketStatus, Result<Versioned<TicketResponse>>>
{
    public async Task<Result<Versioned<TicketResponse>>> Handle(ChangeTicketStatus request, CancellationToken cancellationToken)
    {
        var found = request.ByCrew
            ? await crew.JobAsync(request.Id, request.ExpectedVersion, cancellationToken)
            : await loader.ForChangeAsync(request.Id, request.ExpectedVersion, cancellationToken);
        if (found.IsFailure)
        {
            return found.Error;
        }

        var ticket = found.Value;
        var text = request.Text?.Trim() ?? "";
        var changed = request.Action == TicketAction.Resolve
            ? await work.ResolveAsync(ticket, text, cancellationToken)
            : await MoveAsync(ticket, request.Action, text, cancellationToken);
        if (changed.IsFailure)
        {
            return changed.Error;
        }

        await db.SaveChangesAsync(cancellationToken);
        return new Versioned<TicketResponse>(TicketResponse.From(ticket, journal.Now), ticket.Version);
    }

    private async Task<Result> MoveAsync(Ticket ticket, TicketAction action, string reason, CancellationToken cancellationToken)
    {
        var move = action switch
        {
            TicketAction.Start => ticket.StartWork(),
            TicketAction.Pend => ticket.Pend(reason),
            TicketAction.Resume => ticket.Resume(),
            TicketAction.Close => ticket.Close(journal.Now),
            TicketAction.Reopen => ticket.Reopen(),
            TicketAction.Cancel => ticket.Cancel(reason),
            _ => throw new ArgumentOutOfRangeException(nameof(action), action, "Not a status change of its own."),
        };
        if (move.IsFailure)
        {
            return move.Error;
        }

        var clocksMoved = action switch
        {
            TicketAction.Pend => await clocks.PauseResolutionAsync(ticket, reason, cancellationToken),
            TicketAction.Resume => await clocks.ResumeResolutionAsync(ticket, "resumed", cancellationToken),
            TicketAction.Reopen => await clocks.RestartResolutionAsync(ticket, reason, cancellationToken),
            TicketAction.Cancel => await clocks.StopAsync(ticket, reason, cancellationToken),
            _ => Result.Success(),
        };
        if (clocksMoved.IsFailure)
        {
            return clocksMoved.Error;
        }

        journal.RecordMove(ticket, move.Value, reason);
        var actor = journal.Actor.Label;
        TicketEvent? told = action switch
        {
            TicketAction.Close => new TicketClosed(ticket.Id.Value, actor, journal.Now),
            TicketAction.Reopen => new TicketReopened(ticket.Id.Value, reason, actor, journal.Now),
            TicketAction.Cancel => new TicketCancelled(ticket.Id.Value, reason, actor, journal.Now),
            _ => null,
        };
        if (told is not null)
        {
            await journal.PublishAsync(ticket, told, cancellationToken);
        }

        return Result.Success();
    }
}
