using Huiyin.BuildingBlocks.Outbox;
using Huiyin.Desk.Features.Emergencies;
using Huiyin.Desk.Persistence;
using Huiyin.Tickets.Contracts;
using MediatR;

namespace Huiyin.Desk.Features.Events;

/// <summary>A ticket taken in under an emergency category pages the technician and the manager on duty at the instant it was reported.</summary>
internal sealed class PageOnDutyAtEmergencyIntake(DeskDbContext db, TimeProvider clock, IMediator mediator)
    : IdempotentEventHandler<TicketCreated, DeskDbContext>(db, clock)
{
    protected override Task<bool> ConcernsAsync(TicketCreated created, CancellationToken cancellationToken) =>
        Task.FromResult(EmergencyCategories.Includes(created.Category));

    protected override async Task HandleOnceAsync(TicketCreated created, CancellationToken cancellationToken) =>
        await mediator.Send(new PageEmergency(created.TicketId, created.Number, Enum.Parse<TicketCategory>(created.Category), created.CustomerId, created.OccurredAt, created.SiteId),
            cancellationToken);
}
