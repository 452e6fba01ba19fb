using Huiyin.BuildingBlocks.Messaging;
using Huiyin.BuildingBlocks.Outbox;
using Huiyin.BuildingBlocks.Results;
using Huiyin.Callbacks.Domain;
using Huiyin.Callbacks.Features.AnnualPlan;
using Huiyin.Callbacks.Features.Shared;
using Huiyin.Callbacks.Persistence;
using Huiyin.Customers.Contracts;
using MediatR;
using Microsoft.EntityFrameworkCore;

namespace Huiyin.Callbacks.Features.Events;

/// <summary>
/// A customer registered after the year's plan was made gets their annual call too, on a working day still ahead this year.
/// Before the plan is made (no annual call booked for the year yet) there is nothing to join: the plan, when made, takes them.
/// </summary>
internal sealed class CallBackNewCustomerThisYear(CallbacksDbContext db, TimeProvider clock, IMediator mediator)
    : IdempotentEventHandler<CustomerRegistered, CallbacksDbContext>(db, clock)
{
    protected override async Task HandleOnceAsync(CustomerRegistered registered, CancellationToken cancellationToken)
    {
        var planned = await mediator.Send(new PlanNewCustomersAnnualCallback(new ActiveCustomer(registered.CustomerId, 0, registered.Tier, registered.AccountManagerId)),
            cancellationToken);
        if (planned.IsFailure)
        {
            throw new InvalidOperationException($"The annual callback was not booked: {planned.Error.Code} {planned.Error.Message}");
        }
    }
}

/// <summary>
/// Books a new customer's annual call on the least busy working day from tomorrow to the end of the year (the earliest of
/// equals), so the plan's days stay within their share plus one; the Agents' turn goes on from the calls of the year so far.
/// </summary>
internal sealed record PlanNewCustomersAnnualCallback(ActiveCustomer Customer) : ICommand<Result>;

internal sealed class PlanNewCustomersAnnualCallbackHandler(CallbacksDbContext db, AnnualCallbacks annual, WorkingDays workingDays, CallHours hours, TimeProvider clock)
    : IRequestHandler<PlanNewCustomersAnnualCallback, Result>
{
    public async Task<Result> Handle(PlanNewCustomersAnnualCallback request, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow();
        var days = await workingDays.RestOfYearAsync(hours.DayOf(now).AddDays(1), cancellationToken);
        var customer = request.Customer;
        if (days.Count == 0)
        {
            return Result.Success();
        }

        await annual.TakeTurnAsync(cancellationToken);
        var (from, to) = (hours.StartOf(new DateOnly(days[0].Year, 1, 1)), hours.StartOf(new DateOnly(days[0].Year + 1, 1, 1)));
        var ofTheYear = db.Callbacks.Where(c => c.Reason == CallbackReason.Annual && c.DueAt >= from && c.DueAt < to);
        if (!await ofTheYear.AnyAsync(cancellationToken) || (await annual.PlannedInAsync(days[0].Year, [customer.CustomerId], cancellationToken)).Count > 0)
        {
            return Result.Success();
        }

        var dueTimes = days.Select(hours.EndOf).ToList();
        var load = await ofTheYear.Where(c => dueTimes.Contains(c.DueAt)).GroupBy(c => c.DueAt).Select(g => new { DueAt = g.Key, Count = g.Count() })
            .ToDictionaryAsync(g => g.DueAt, g => g.Count, cancellationToken);
        var day = days.MinBy(d => load.GetValueOrDefault(hours.EndOf(d)));
        if (annual.Throttles(await annual.LastDoneAsync([customer.CustomerId], cancellationToken), customer.CustomerId, day))
        {
            return Result.Success();
        }

        var turn = await ofTheYear.CountAsync(cancellationToken);
        var roster = await annual.RosterAsync([customer], cancellationToken);
        var started = await annual.StartClocksAsync([annual.Place(customer, day, roster.CallerFor(customer, ref turn), now)], now, cancellationToken);
        if (started.IsFailure)
        {
            return started;
        }

        await db.SaveChangesAsync(cancellationToken);
        return Result.Success();
    }
}
