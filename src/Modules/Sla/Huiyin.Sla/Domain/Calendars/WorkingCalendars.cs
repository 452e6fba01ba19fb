using Huiyin.Sla.Persistence;
using Microsoft.EntityFrameworkCore;

namespace Huiyin.Sla.Domain.Calendars;

/// <summary>The working calendar of a policy or clock: 24×7 when none is set; each calendar read once per scope.</summary>
internal sealed class WorkingCalendars(SlaDbContext db)
{
    private readonly Dictionary<Guid, IWorkingCalendar> _loaded = [];

    public async Task<IWorkingCalendar> ForAsync(Guid? calendarId, CancellationToken cancellationToken)
    {
        if (calendarId is not { } id)
        {
            return AlwaysOpenCalendar.Instance;
        }

        if (!_loaded.TryGetValue(id, out var calendar))
        {
            var definition = await db.Calendars.AsNoTracking().SingleAsync(c => c.Id == id, cancellationToken);
            calendar = _loaded[id] = definition.ToWorkingCalendar();
        }

        return calendar;
    }
}
