using Huiyin.BuildingBlocks.Messaging;
using Huiyin.BuildingBlocks.Results;
using Huiyin.BuildingBlocks.Time;
using Huiyin.Facilities.Domain.Maintenance;
using Huiyin.Facilities.Persistence;
using Huiyin.Sla.Contracts;
using Huiyin.Tickets.Contracts;
using MediatR;
using Microsoft.EntityFrameworkCore;

namespace Huiyin.Facilities.Jobs;

/// <summary>
/// Job <c>facilities:maintenance</c>, early each morning: for every plan, the work order of each due date whose working day is
/// at most the plan's lead days away and that has none yet. The occurrence's key and the ticket's origin
/// (<c>maintenance-plan:{id}/{dueOn}</c>) make each due date's work order opened once however often the job runs.
/// </summary>
internal sealed record OpenMaintenanceWorkOrders : ICommand<Result>, IRetriedOnOutdatedCopy
{
    public const string JobId = "facilities:maintenance";
    public const string Schedule = "30 0 * * *";
}

internal sealed class OpenMaintenanceWorkOrdersHandler(FacilitiesDbContext db, IMediator mediator, DeskTime desk, TimeProvider clock) : IRequestHandler<OpenMaintenanceWorkOrders, Result>
{
    public async Task<Result> Handle(OpenMaintenanceWorkOrders request, CancellationToken cancellationToken)
    {
        var today = desk.Today(clock);
        foreach (var plan in await db.MaintenancePlans.AsNoTracking().ToListAsync(cancellationToken))
        {
            var opened = await db.MaintenanceOccurrences.Where(o => o.PlanId == plan.Id).Select(o => o.DueOn).ToListAsync(cancellationToken);
            foreach (var dueOn in plan.DueDates())
            {
                var workingDueOn = plan.CalendarId is { } calendar ? await mediator.Send(new NextWorkingDay(calendar, dueOn), cancellationToken) ?? dueOn : dueOn;
                if (workingDueOn.AddDays(-plan.LeadDays) > today)
                {
                    break;
                }

                if (!opened.Contains(dueOn) && await OpenAsync(plan, dueOn, workingDueOn, cancellationToken) is { IsFailure: true } notOpened)
                {
                    return notOpened;
                }
            }
        }

        await db.SaveChangesAsync(cancellationToken);
        return Result.Success();
    }

    private async Task<Result> OpenAsync(MaintenancePlan plan, DateOnly dueOn, DateOnly workingDueOn, CancellationToken cancellationToken)
    {
        var description = $"计划保养（{plan.Name}，{plan.Place}），{workingDueOn:yyyy-MM-dd} 前完成" + (plan.ChecklistName is null ? "。" : $"，按检查表“{plan.ChecklistName}”逐项检查。");
        var ticket = await mediator.Send(new CreateInternalTicket("ServiceRequest", plan.Category.ToString(), description, plan.UnitId, plan.Place,
            $"maintenance-plan:{plan.Id.Value}/{dueOn:yyyy-MM-dd}"), cancellationToken);
        if (ticket.IsFailure)
        {
            return ticket.Error;
        }

        db.MaintenanceOccurrences.Add(MaintenanceOccurrence.Open(plan.Id, dueOn, workingDueOn, ticket.Value.TicketId, ticket.Value.Number, clock.GetUtcNow()));
        return Result.Success();
    }
}
