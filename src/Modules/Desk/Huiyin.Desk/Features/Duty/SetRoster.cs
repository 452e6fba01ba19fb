using FluentValidation;
using Huiyin.BuildingBlocks.Auditing;
using Huiyin.BuildingBlocks.Http;
using Huiyin.BuildingBlocks.Messaging;
using Huiyin.BuildingBlocks.Results;
using Huiyin.BuildingBlocks.Security;
using Huiyin.Desk.Contracts;
using Huiyin.Desk.Domain;
using Huiyin.Desk.Features.Shared;
using Huiyin.Desk.Persistence;
using Huiyin.Organization.Contracts;
using Huiyin.Sla.Contracts;
using MediatR;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.EntityFrameworkCore;

namespace Huiyin.Desk.Features.Duty;

/// <summary>Sets a team's shifts (and the business calendar they follow) and who works them in one week, replacing that week.</summary>
internal sealed record SetRoster(
    Guid TeamId, DateOnly WeekOf, Guid? CalendarId, IReadOnlyList<ShiftFields> Shifts, IReadOnlyList<AssignmentFields> Assignments)
    : ICommand<Result<RosterResponse>>, IAuditedChange;

internal sealed class SetRosterValidator : AbstractValidator<SetRoster>
{
    public SetRosterValidator()
    {
        RuleFor(x => x.TeamId).NotEmpty();
        RuleFor(x => x.WeekOf).Must(day => day.DayOfWeek == DayOfWeek.Monday).WithMessage("weekOf must be a Monday.").WithErrorCode("week_not_monday");
        RuleFor(x => x.Shifts).NotEmpty()
            .Must(shifts => shifts.Select(s => s?.Name?.Trim()).Distinct().Count() == shifts.Count).WithMessage("Each shift needs a name of its own.")
            .WithErrorCode("duplicate_shift");
        RuleForEach(x => x.Shifts).NotNull().ChildRules(shift =>
        {
            shift.RuleFor(s => s.Name).NotEmpty().MaximumLength(DutyShift.MaxNameLength);
            shift.RuleFor(s => s.Days).IsInEnum();
        });
        RuleFor(x => x.Assignments).NotNull();
        RuleForEach(x => x.Assignments).NotNull().ChildRules(assignment =>
        {
            assignment.RuleFor(a => a.StaffIds).NotEmpty();
            assignment.RuleForEach(a => a.StaffIds).NotEmpty();
        });
        RuleForEach(x => x.Assignments)
            .Must((roster, assignment) => assignment is null || (assignment.Date >= roster.WeekOf && assignment.Date < roster.WeekOf.AddDays(7)))
            .WithMessage("The date is not in the week of weekOf.").WithErrorCode("date_outside_week")
            .Must((roster, assignment) => assignment is null || roster.Shifts?.Any(s => s?.Name?.Trim() == assignment.Shift?.Trim()) == true)
            .WithMessage("The shift is not one of the roster's shifts.").WithErrorCode("unknown_shift");
    }
}

internal sealed class SetRosterHandler(DeskDbContext db, IMediator mediator, ICurrentUser user, TimeProvider clock)
    : IRequestHandler<SetRoster, Result<RosterResponse>>
{
    public async Task<Result<RosterResponse>> Handle(SetRoster request, CancellationToken cancellationToken)
    {
        if (request.CalendarId is { } calendar && await mediator.Send(new NextWorkingDay(calendar, request.WeekOf), cancellationToken) is null)
        {
            return Error.Validation("unknown_calendar", "calendarId", "There is no business calendar with working days and this id.");
        }

        var staffIds = request.Assignments.SelectMany(a => a.StaffIds).Distinct().ToList();
        var teams = (await mediator.Send(new GetStaffCards(StaffIds: staffIds), cancellationToken)).ToDictionary(card => card.Id, card => card.TeamId);
        if (OutsideTheTeam(request, teams) is { } outsider)
        {
            return outsider;
        }

        var roster = await db.Rosters.SingleOrDefaultAsync(r => r.TeamId == request.TeamId, cancellationToken);
        if (roster is null)
        {
            roster = TeamRoster.For(request.TeamId);
            db.Rosters.Add(roster);
        }

        roster.Set(request.CalendarId, request.Shifts.Select(s => new DutyShift { Name = s.Name.Trim(), Start = s.Start, End = s.End, Days = s.Days }));
        var weekEnd = request.WeekOf.AddDays(7);
        db.Assignments.RemoveRange(await db.Assignments.Where(a => a.TeamId == request.TeamId && a.Date >= request.WeekOf && a.Date < weekEnd)
            .ToListAsync(cancellationToken));
        db.Assignments.AddRange(request.Assignments
            .SelectMany(a => a.StaffIds.Distinct().Select(staffId => new DutyAssignment(request.TeamId, a.Date, a.Shift.Trim(), staffId))));
        db.Publish(new DutyRosterSet(request.TeamId, request.WeekOf, staffIds, user.Actor, clock.GetUtcNow()));
        await db.SaveChangesAsync(cancellationToken);
        return await RosterResponse.ReadAsync(db, mediator, request.TeamId, request.WeekOf, cancellationToken);
    }

    /// <summary>The first person rostered who is not an active staff member, or not a member of the roster's team.</summary>
    private static Error? OutsideTheTeam(SetRoster request, Dictionary<Guid, Guid?> teams)
    {
        foreach (var (assignment, index) in request.Assignments.Select((a, index) => (a, index)))
        {
            foreach (var (staffId, position) in assignment.StaffIds.Select((id, position) => (id, position)))
            {
                var field = $"assignments[{index}].staffIds[{position}]";
                if (!teams.TryGetValue(staffId, out var team))
                {
                    return Error.Validation("unknown_staff", field, "This is not an active staff member.");
                }

                if (team != request.TeamId)
                {
                    return Error.Validation("not_team_member", field, "This staff member is not a member of the roster's team.");
                }
            }
        }

        return null;
    }
}

internal static class SetRosterEndpoint
{
    public static void MapSetRoster(this IEndpointRouteBuilder duty) =>
        duty.MapPut("/roster", async (SetRoster body, IMediator mediator, CancellationToken cancellationToken) =>
                (await mediator.Send(body, cancellationToken)).ToHttp(roster => TypedResults.Ok(roster)))
            .RequireAuthorization(DeskPermissions.Roster)
            .WithName("SetDutyRoster")
            .WithSummary("Set a team's shifts and who works them in one week")
            .WithDescription("Shifts are desk-local (`\"08:00\"`–`\"16:00\"`); an end at or before the start is the next day (a night shift). `days`: `Every`, `WorkingDays` or `Holidays` of the business calendar `calendarId` (Monday to Friday without one). The week from `weekOf` (a Monday) is replaced by `assignments`.")
            .Produces<RosterResponse>()
            .ProducesValidationProblem();
}
