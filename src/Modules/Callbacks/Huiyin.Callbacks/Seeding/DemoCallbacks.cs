using Huiyin.BuildingBlocks.Modules;
using Huiyin.BuildingBlocks.Results;
using Huiyin.Callbacks.Domain;
using Huiyin.Callbacks.Features.Attempts;
using Huiyin.Callbacks.Features.Shared;
using Huiyin.Callbacks.Persistence;
using Huiyin.Tickets.Contracts;
using MediatR;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;

namespace Huiyin.Callbacks.Seeding;

/// <summary>
/// The local run's demo callbacks (<c>Seed:Demo=true</c>) on the demo tickets already resolved: one to call today, one overdue, and the
/// closed tickets' callbacks done with the customer's satisfaction. Only into an empty module; the tickets' own resolution events then
/// find their callbacks booked.
/// </summary>
internal sealed class DemoCallbacks(
    CallbacksDbContext db, CallbackScheduler scheduler, IMediator mediator, CallHours hours, TimeProvider clock, IConfiguration configuration) : IStartupTask
{
    private static readonly (int Satisfaction, string Comment)[] Answers = [(5, "维修师傅很专业，非常满意"), (4, "处理及时，下次希望提前电话告知")];

    public async Task RunAsync(CancellationToken cancellationToken)
    {
        if (!configuration.GetValue<bool>("Seed:Demo") || await db.Callbacks.AnyAsync(cancellationToken))
        {
            return;
        }

        var tickets = await mediator.Send(new ListResolvedTickets(20), cancellationToken);
        var now = clock.GetUtcNow();
        var endOfToday = DueLaterToday(now, hours);
        var open = tickets.Where(t => !t.Closed).Take(2).ToList();
        if (open.Count > 0)
        {
            await BookAsync(open[0], endOfToday, cancellationToken);
        }

        if (open.Count > 1)
        {
            await BookAsync(open[1], now.AddHours(-2), cancellationToken);
        }

        foreach (var (ticket, (satisfaction, comment)) in tickets.Where(t => t.Closed).Zip(Answers))
        {
            var callback = await BookAsync(ticket, endOfToday, cancellationToken);
            Ensure(await mediator.Send(new RecordAttempt(callback.Id.Value, AttemptOutcome.Reached, satisfaction, comment), cancellationToken));
        }
    }

    /// <summary>
    /// The end of today's calling hours; late in the evening, when they are over, shortly after now but still before midnight, so the
    /// demo always has a callback to make today.
    /// </summary>
    internal static DateTimeOffset DueLaterToday(DateTimeOffset now, CallHours hours)
    {
        var today = hours.DayOf(now);
        var untilMidnight = hours.StartOf(today.AddDays(1)) - now;
        var shortly = now + TimeSpan.FromTicks(Math.Min(TimeSpan.FromMinutes(30).Ticks, untilMidnight.Ticks / 2));
        return new[] { hours.EndOf(today), shortly }.Max();
    }

    private async Task<Callback> BookAsync(ResolvedTicket ticket, DateTimeOffset dueAt, CancellationToken cancellationToken)
    {
        var item = new FollowedItem(CallbackItemType.Ticket, ticket.TicketId, ticket.Number, ticket.Summary);
        var booked = await scheduler.ScheduleAsync(
            new CallbackPlan(CallbackReason.TicketResolved, item, ticket.CustomerId, null, null, null, null, null, dueAt, null), cancellationToken, keepPastDueAt: true);
        Ensure(booked);
        await db.SaveChangesAsync(cancellationToken);
        return booked.Value!;
    }

    private static void Ensure(Result result)
    {
        if (result.IsFailure)
        {
            throw new InvalidOperationException($"Demo callbacks could not be seeded: {result.Error.Code} {result.Error.Message}");
        }
    }
}
