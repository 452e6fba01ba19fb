using Huiyin.Sla.Contracts;
using Huiyin.Sla.Persistence;
using MediatR;
using Microsoft.EntityFrameworkCore;

namespace Huiyin.Sla.Features.Calendars;

/// <summary>Answers other modules' <see cref="NextWorkingDay"/>.</summary>
internal sealed class NextWorkingDayHandler(SlaDbContext db) : IRequestHandler<NextWorkingDay, DateOnly?>
{
    private const int DaysAhead = 366;

    public async Task<DateOnly?> Handle(NextWorkingDay request, CancellationToken cancellationToken)
    {
        var definition = await db.Calendars.AsNoTracking().SingleOrDefaultAsync(c => c.Id == request.CalendarId, cancellationToken);
        if (definition is null)
        {
            return null;
        }

        var calendar = definition.ToWorkingCalendar();
        return Enumerable.Range(0, DaysAhead).Select(request.From.AddDays).Cast<DateOnly?>().FirstOrDefault(day => calendar.IntervalsOn(day!.Value).Any());
    }
}
