using MediatR;

namespace Huiyin.Sla.Contracts;

/// <summary>
/// The first day from <paramref name="From"/> on (itself included) with working hours on the business calendar
/// <paramref name="CalendarId"/>: past weekends and public holidays, onto make-up working days. Null when there is no such
/// calendar or it has no working day within a year.
/// </summary>
public sealed record NextWorkingDay(Guid CalendarId, DateOnly From) : IRequest<DateOnly?>;
