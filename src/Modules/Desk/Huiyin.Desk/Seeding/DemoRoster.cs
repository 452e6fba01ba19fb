using Huiyin.BuildingBlocks.Modules;
using Huiyin.BuildingBlocks.Time;
using Huiyin.Desk.Features.Duty;
using Huiyin.Desk.Features.Shared;
using Huiyin.Desk.Persistence;
using Huiyin.Organization.Contracts;
using MediatR;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;

namespace Huiyin.Desk.Seeding;

/// <summary>
/// The local run's demo roster (<c>Seed:Demo=true</c>): every demo team on 早班, 中班 and 夜班 this week and the next (and the last, for last night's shift), its people in
/// turn, and its managers on call every night (值班经理). Only into an empty module.
/// </summary>
internal sealed class DemoRoster(DeskDbContext db, IMediator mediator, DeskTime desk, TimeProvider clock, IConfiguration configuration) : IStartupTask
{
    private static readonly ShiftFields[] Shifts =
    [
        new("早班", new TimeOnly(8, 0), new TimeOnly(16, 0)),
        new("中班", new TimeOnly(16, 0), new TimeOnly(22, 0)),
        new("夜班", new TimeOnly(22, 0), new TimeOnly(8, 0)),
    ];

    private static readonly StaffRole[] ShiftWorkers = [StaffRole.Agent, StaffRole.Technician, StaffRole.Supervisor];

    public async Task RunAsync(CancellationToken cancellationToken)
    {
        if (!configuration.GetValue<bool>("Seed:Demo") || await db.Rosters.AnyAsync(cancellationToken))
        {
            return;
        }

        var today = desk.Today(clock);
        var monday = MondayOf(today);
        // Just after midnight on a Monday, last night's shift began in the week before.
        DateOnly[] weeks = [.. new[] { MondayOf(today.AddDays(-1)), monday, monday.AddDays(7) }.Distinct()];
        var staff = await mediator.Send(new GetStaffCards(), cancellationToken);
        foreach (var team in staff.Where(card => card.TeamId is not null).GroupBy(card => card.TeamId!.Value))
        {
            var workers = team.Where(card => card.Roles.Any(ShiftWorkers.Contains)).Select(card => card.Id).ToList();
            var managers = team.Where(card => card.Roles.Contains(StaffRole.Manager)).Select(card => card.Id).ToList();
            foreach (var weekOf in weeks)
            {
                var set = await mediator.Send(new SetRoster(team.Key, weekOf, null, Shifts, Week(weekOf, workers, managers)), cancellationToken);
                if (set.IsFailure)
                {
                    throw new InvalidOperationException($"The demo roster could not be seeded: {set.Error.Code} {set.Error.Message}");
                }
            }
        }
    }

    private static DateOnly MondayOf(DateOnly day) => day.AddDays(-(((int)day.DayOfWeek + 6) % 7));

    private static List<AssignmentFields> Week(DateOnly weekOf, List<Guid> workers, List<Guid> managers)
    {
        var week = new List<AssignmentFields>();
        for (var day = 0; day < 7 && workers.Count > 0; day++)
        {
            for (var shift = 0; shift < Shifts.Length; shift++)
            {
                var onShift = new List<Guid> { workers[(day + shift) % workers.Count] };
                if (shift == Shifts.Length - 1)
                {
                    onShift.AddRange(managers);
                }

                week.Add(new AssignmentFields(weekOf.AddDays(day), Shifts[shift].Name, onShift.Distinct().ToList()));
            }
        }

        return week;
    }
}
