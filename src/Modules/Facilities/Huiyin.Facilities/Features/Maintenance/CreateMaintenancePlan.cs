using System.Text.Json.Serialization;
using FluentValidation;
using Huiyin.BuildingBlocks.Http;
using Huiyin.BuildingBlocks.Messaging;
using Huiyin.BuildingBlocks.Results;
using Huiyin.BuildingBlocks.Time;
using Huiyin.Facilities.Contracts;
using Huiyin.Facilities.Domain;
using Huiyin.Facilities.Domain.Maintenance;
using Huiyin.Facilities.Persistence;
using Huiyin.Sla.Contracts;
using MediatR;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.EntityFrameworkCore;

namespace Huiyin.Facilities.Features.Maintenance;

/// <summary>
/// A preventive-maintenance plan for equipment or a place: its work orders (ServiceRequest tickets of <c>category</c>) are
/// opened <c>leadDays</c> (7 unless said) ahead of each due date, moved to a working day on the business calendar
/// <c>calendarId</c> when one is given.
/// </summary>
internal sealed record CreateMaintenancePlan(
    string Name,
    [property: JsonRequired] Recurrence Recurrence,
    [property: JsonRequired] DateOnly FirstDueOn,
    [property: JsonRequired] RepairCategory Category,
    Guid? EquipmentId = null,
    Guid? LocationId = null,
    Guid? ChecklistId = null,
    int? LeadDays = null,
    Guid? CalendarId = null) : ICommand<Result<MaintenancePlanResponse>>
{
    public const int DefaultLeadDays = 7;
}

internal sealed class CreateMaintenancePlanValidator : AbstractValidator<CreateMaintenancePlan>
{
    public CreateMaintenancePlanValidator()
    {
        RuleFor(x => x.Name).NotEmpty().MaximumLength(100);
        RuleFor(x => x.Recurrence).IsInEnum();
        RuleFor(x => x.Category).IsInEnum();
        RuleFor(x => x.LeadDays).InclusiveBetween(0, 90);
        RuleFor(x => x.EquipmentId).Must((plan, _) => plan.EquipmentId is not null || plan.LocationId is not null).WithErrorCode("plan_target_required")
            .WithMessage("Say what the plan maintains: equipmentId, locationId or both.");
        RuleFor(x => x.FirstDueOn).Must(day => day.Day <= 28).When(x => x.Recurrence != Recurrence.Weekly).WithErrorCode("due_day_after_28")
            .WithMessage("Monthly, quarterly and annual plans fall due on a day every month has: the 1st to the 28th.");
    }
}

internal sealed class CreateMaintenancePlanHandler(FacilitiesDbContext db, IMediator mediator, DeskTime desk, TimeProvider clock)
    : IRequestHandler<CreateMaintenancePlan, Result<MaintenancePlanResponse>>
{
    public async Task<Result<MaintenancePlanResponse>> Handle(CreateMaintenancePlan request, CancellationToken cancellationToken)
    {
        var today = desk.Today(clock);
        if (request.FirstDueOn < today)
        {
            return Error.Validation("first_due_in_past", "firstDueOn", "The first due date has passed.");
        }

        var target = await new PlanTargets(db).ResolveAsync(request.EquipmentId, request.LocationId, cancellationToken);
        if (target.IsFailure)
        {
            return target.Error;
        }

        Checklist? checklist = null;
        if (request.ChecklistId is { } checklistId && (checklist = await db.Checklists.AsNoTracking().SingleOrDefaultAsync(c => c.Id == new ChecklistId(checklistId), cancellationToken)) is null)
        {
            return Error.Validation("unknown_checklist", "checklistId", "There is no checklist with this id.");
        }

        if (request.CalendarId is { } calendarId && await mediator.Send(new NextWorkingDay(calendarId, today), cancellationToken) is null)
        {
            return Error.Validation("unknown_calendar", "calendarId", "There is no business calendar with this id.");
        }

        var plan = MaintenancePlan.Create(request.Name.Trim(), target.Value, request.Recurrence, request.FirstDueOn, checklist, request.Category,
            request.LeadDays ?? CreateMaintenancePlan.DefaultLeadDays, request.CalendarId);
        db.MaintenancePlans.Add(plan);
        await db.SaveChangesAsync(cancellationToken);
        return MaintenancePlanResponse.From(plan, []);
    }
}

internal static class CreateMaintenancePlanEndpoint
{
    public static void MapCreateMaintenancePlan(this IEndpointRouteBuilder facilities) =>
        facilities.MapPost("/maintenance-plans", async (CreateMaintenancePlan body, IMediator mediator, CancellationToken cancellationToken) =>
                (await mediator.Send(body, cancellationToken)).ToHttp(plan => TypedResults.Created($"/api/v1/facilities/maintenance-plans/{plan.Id}", plan)))
            .RequireAuthorization(FacilitiesPermissions.Write)
            .WithName("CreateMaintenancePlan")
            .WithSummary("Plan preventive maintenance of equipment or a place")
            .WithDescription("Due on `firstDueOn` and then weekly, monthly, quarterly or yearly (the plan's `rule` is the RFC 5545 RRULE). A due date on a day off of the business calendar `calendarId` moves to its next working day; the work order (a ServiceRequest ticket of `category`, naming the checklist) is opened `leadDays` (default 7) before that day by the daily job `facilities:maintenance`.")
            .Produces<MaintenancePlanResponse>(StatusCodes.Status201Created)
            .ProducesValidationProblem();
}
