using Huiyin.Desk.Domain;
using Huiyin.Desk.Persistence;
using Huiyin.Organization.Contracts;
using MediatR;
using Microsoft.EntityFrameworkCore;

namespace Huiyin.Desk.Features.Shared;

/// <summary>A shift as the API writes it: desk-local start and end ("08:00", "22:00"), and the days it runs on.</summary>
internal sealed record ShiftFields(string Name, TimeOnly Start, TimeOnly End, ShiftDays Days = ShiftDays.Every);

/// <summary>Who works one shift on one day (the day it starts).</summary>
internal sealed record AssignmentFields(DateOnly Date, string Shift, IReadOnlyList<Guid> StaffIds);

internal sealed record RosterPerson(Guid Id, string DisplayName, IReadOnlyList<StaffRole> Roles);

/// <summary>A team's roster for the week from <paramref name="WeekOf"/> (a Monday): its shifts, who works them, and the people named.</summary>
internal sealed record RosterResponse(
    Guid TeamId, DateOnly WeekOf, Guid? CalendarId, IReadOnlyList<ShiftFields> Shifts, IReadOnlyList<AssignmentFields> Assignments, IReadOnlyList<RosterPerson> People)
{
    public static async Task<RosterResponse> ReadAsync(DeskDbContext db, IMediator mediator, Guid teamId, DateOnly weekOf, CancellationToken cancellationToken)
    {
        var roster = await db.Rosters.AsNoTracking().SingleOrDefaultAsync(r => r.TeamId == teamId, cancellationToken);
        var weekEnd = weekOf.AddDays(7);
        var week = await db.Assignments.AsNoTracking().Where(a => a.TeamId == teamId && a.Date >= weekOf && a.Date < weekEnd)
            .ToListAsync(cancellationToken);
        var assignments = week.GroupBy(a => (a.Date, a.Shift)).OrderBy(g => g.Key.Date).ThenBy(g => g.Key.Shift)
            .Select(g => new AssignmentFields(g.Key.Date, g.Key.Shift, g.Select(a => a.StaffId).Order().ToList())).ToList();
        var staffIds = week.Select(a => a.StaffId).Distinct().ToList();
        var people = staffIds.Count == 0 ? [] : await mediator.Send(new GetStaffCards(StaffIds: staffIds), cancellationToken);
        return new RosterResponse(teamId, weekOf, roster?.CalendarId,
            roster?.Shifts.Select(s => new ShiftFields(s.Name, s.Start, s.End, s.Days)).ToList() ?? [],
            assignments, people.Select(p => new RosterPerson(p.Id, p.DisplayName, p.Roles)).ToList());
    }
}
