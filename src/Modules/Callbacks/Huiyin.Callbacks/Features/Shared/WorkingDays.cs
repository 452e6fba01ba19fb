using Huiyin.Callbacks.Domain;
using Huiyin.Sla.Contracts;
using MediatR;

namespace Huiyin.Callbacks.Features.Shared;

/// <summary>The desk's working days: the configured business calendar's (holidays skipped, make-up days worked), else Monday to Friday.</summary>
internal sealed class WorkingDays(CallbackOptions options, CallHours hours, IMediator mediator)
{
    /// <summary>The first working day from <paramref name="from"/> on, itself included.</summary>
    public async Task<DateOnly> FirstFromAsync(DateOnly from, CancellationToken cancellationToken)
    {
        if (options.CalendarId is { } calendar && await mediator.Send(new NextWorkingDay(calendar, from), cancellationToken) is { } working)
        {
            return working;
        }

        var day = from;
        while (day.DayOfWeek is DayOfWeek.Saturday or DayOfWeek.Sunday)
        {
            day = day.AddDays(1);
        }

        return day;
    }

    /// <summary>The working days from <paramref name="from"/> (itself included) to the end of its year.</summary>
    public async Task<IReadOnlyList<DateOnly>> RestOfYearAsync(DateOnly from, CancellationToken cancellationToken)
    {
        var days = new List<DateOnly>();
        for (var day = await FirstFromAsync(from, cancellationToken); day.Year == from.Year; day = await FirstFromAsync(day.AddDays(1), cancellationToken))
        {
            days.Add(day);
        }

        return days;
    }

    /// <summary>When to try again after an unreachable call: the next part of the day (morning → afternoon → evening → the next working morning).</summary>
    public async Task<DateTimeOffset> NextTryAfterAsync(DateTimeOffset attemptAt, CancellationToken cancellationToken)
    {
        var day = hours.DayOf(attemptAt);
        return hours.PartOf(attemptAt) switch
        {
            TimeOfDay.Morning => hours.Start(day, TimeOfDay.Afternoon),
            TimeOfDay.Afternoon => hours.Start(day, TimeOfDay.Evening),
            _ => hours.Start(await FirstFromAsync(day.AddDays(1), cancellationToken), TimeOfDay.Morning),
        };
    }
}
