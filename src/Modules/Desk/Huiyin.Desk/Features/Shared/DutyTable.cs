using Huiyin.BuildingBlocks.Time;
using Huiyin.Desk.Contracts;
using Huiyin.Desk.Domain;
using Huiyin.Desk.Persistence;
using Huiyin.Sla.Contracts;
using MediatR;
using Microsoft.EntityFrameworkCore;

namespace Huiyin.Desk.Features.Shared;

/// <summary>The roster read as time: which shifts run when, on working days and holidays, and who is on them.</summary>
internal sealed class DutyTable(DeskDbContext db, IMediator mediator, DeskTime desk)
{
    /// <summary>Everyone on duty at <paramref name="at"/>: a shift that began yesterday and crosses midnight counts.</summary>
    public async Task<IReadOnlyList<OnDuty>> AtAsync(DateTimeOffset at, Guid? teamId, CancellationToken cancellationToken)
    {
        var today = desk.DayOf(at);
        var rosters = await db.Rosters.AsNoTracking().Where(r => teamId == null || r.TeamId == teamId).ToListAsync(cancellationToken);
        var onDuty = new List<OnDuty>();
        foreach (var roster in rosters)
        {
            foreach (var (shift, date) in await RunningAsync(roster, today.AddDays(-1), today, cancellationToken))
            {
                var (from, to) = shift.On(date, desk);
                if (from <= at && at < to && await StaffOnAsync(new ShiftOccurrence(roster.TeamId, shift.Name, date), cancellationToken) is { Count: > 0 } staff)
                {
                    onDuty.Add(new OnDuty(roster.TeamId, shift.Name, date, from, to, staff));
                }
            }
        }

        return onDuty;
    }

    /// <summary>The team's shift that follows <paramref name="occurrence"/>: the next to start after it started, on a day it runs.</summary>
    public async Task<ShiftOccurrence?> NextAfterAsync(TeamRoster roster, ShiftOccurrence occurrence, CancellationToken cancellationToken)
    {
        var started = roster.Shift(occurrence.Shift)!.On(occurrence.Date, desk).From;
        var running = await RunningAsync(roster, occurrence.Date, occurrence.Date.AddDays(2), cancellationToken);
        return running.Where(r => r.Shift.On(r.Date, desk).From > started).OrderBy(r => r.Shift.On(r.Date, desk).From)
            .Select(r => new ShiftOccurrence(roster.TeamId, r.Shift.Name, r.Date)).FirstOrDefault();
    }

    public async Task<IReadOnlyList<Guid>> StaffOnAsync(ShiftOccurrence occurrence, CancellationToken cancellationToken) =>
        await db.Assignments.AsNoTracking()
            .Where(a => a.TeamId == occurrence.TeamId && a.Shift == occurrence.Shift && a.Date == occurrence.Date)
            .Select(a => a.StaffId).ToListAsync(cancellationToken);

    /// <summary>The roster's shifts that run on each day from <paramref name="first"/> to <paramref name="last"/>.</summary>
    private async Task<List<(DutyShift Shift, DateOnly Date)>> RunningAsync(TeamRoster roster, DateOnly first, DateOnly last, CancellationToken cancellationToken)
    {
        var running = new List<(DutyShift, DateOnly)>();
        for (var date = first; date <= last; date = date.AddDays(1))
        {
            var workingDay = await IsWorkingDayAsync(roster.CalendarId, date, cancellationToken);
            running.AddRange(roster.Shifts.Where(s => s.RunsOn(workingDay)).Select(s => (s, date)));
        }

        return running;
    }

    /// <summary>A working day of the business calendar (holidays off, make-up days on); Monday to Friday without one.</summary>
    private async Task<bool> IsWorkingDayAsync(Guid? calendarId, DateOnly date, CancellationToken cancellationToken) =>
        calendarId is { } calendar
            ? await mediator.Send(new NextWorkingDay(calendar, date), cancellationToken) == date
            : date.DayOfWeek is not (DayOfWeek.Saturday or DayOfWeek.Sunday);
}
