using Huiyin.BuildingBlocks.Messaging;
using Huiyin.BuildingBlocks.Results;
using Huiyin.Desk.Contracts;
using Huiyin.Desk.Domain;
using Huiyin.Desk.Features.Shared;
using Huiyin.Desk.Persistence;
using Huiyin.Organization.Contracts;
using Huiyin.Tickets.Contracts;
using MediatR;

namespace Huiyin.Desk.Features.Emergencies;

/// <summary>Pages the technicians and managers on duty when an emergency ticket was reported (S0: 紧急情况立即通知值班人员).</summary>
internal sealed record PageEmergency(Guid TicketId, string Number, TicketCategory Category, Guid CustomerId, DateTimeOffset ReportedAt, Guid? SiteId = null)
    : ICommand<Result<Guid>>;

internal sealed class PageEmergencyHandler(DeskDbContext db, DutyTable table, IMediator mediator, TimeProvider clock)
    : IRequestHandler<PageEmergency, Result<Guid>>
{
    private static readonly StaffRole[] Paged = [StaffRole.Technician, StaffRole.Manager];

    public async Task<Result<Guid>> Handle(PageEmergency request, CancellationToken cancellationToken)
    {
        var onDuty = await table.AtAsync(request.ReportedAt, null, cancellationToken);
        var rostered = onDuty.SelectMany(d => d.StaffIds).Distinct().ToList();
        var cards = rostered.Count == 0 ? [] : await mediator.Send(new GetStaffCards(StaffIds: rostered), cancellationToken);
        var paged = cards.Where(card => card.Roles.Any(Paged.Contains)).Select(card => card.Id).Order().ToList();
        var teams = onDuty.Where(d => d.StaffIds.Any(paged.Contains)).Select(d => d.TeamId).Distinct().ToList();

        var now = clock.GetUtcNow();
        var page = EmergencyPage.Send(request.TicketId, request.Number, request.Category, request.ReportedAt, paged, teams, now);
        db.Pages.Add(page);
        db.Publish(new EmergencyPaged(page.Id, request.TicketId, request.Number, request.Category.ToString(), request.CustomerId, paged, teams, request.ReportedAt, now,
            request.SiteId));
        await db.SaveChangesAsync(cancellationToken);
        return page.Id;
    }
}
