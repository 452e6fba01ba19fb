using Huiyin.BuildingBlocks.Results;
using Huiyin.Callbacks.Domain;
using Huiyin.Callbacks.Features.Shared;
using Huiyin.Callbacks.Persistence;
using Huiyin.Customers.Contracts;
using Huiyin.Organization.Contracts;
using Huiyin.Sla.Contracts;
using MediatR;
using Microsoft.EntityFrameworkCore;

namespace Huiyin.Callbacks.Features.AnnualPlan;

/// <summary>
/// Who makes the annual calls: a tier-1 customer's account manager (while they are active staff), everyone else the Agents in
/// turn, by service number.
/// </summary>
internal sealed record AnnualRoster(IReadOnlyList<StaffCard> Agents, IReadOnlyDictionary<Guid, StaffCard> AccountManagers)
{
    /// <summary>The caller for <paramref name="customer"/>; <paramref name="turn"/> counts the calls handed round the Agents so far.</summary>
    public StaffCard? CallerFor(ActiveCustomer customer, ref int turn)
    {
        if (customer is { Tier: 1, AccountManagerId: { } manager } && AccountManagers.TryGetValue(manager, out var card))
        {
            return card;
        }

        return Agents.Count == 0 ? null : Agents[turn++ % Agents.Count];
    }
}

/// <summary>
/// What the plan of the year and a customer registered later share: the roster, which customers are planned for the year
/// already, the throttle (no annual call within <c>Callbacks:ThrottleDays</c> of another callback done), and the booking.
/// </summary>
internal sealed class AnnualCallbacks(CallbacksDbContext db, CallbackScheduler scheduler, CallbackOptions options, CallHours hours, IMediator mediator)
{
    /// <summary>The advisory lock the plan's pages and a latecomer's booking take in turn.</summary>
    internal const string PlanLock = "callbacks.annual-plan";

    /// <summary>
    /// Takes turns, until the transaction ends, between a page of the plan and the booking of a customer registered meanwhile: each
    /// then sees the other's calls committed, and nobody is planned twice for the year.
    /// </summary>
    public Task TakeTurnAsync(CancellationToken cancellationToken) =>
        db.Database.ExecuteSqlAsync($"SELECT pg_advisory_xact_lock(hashtext({PlanLock}))", cancellationToken);

    public async Task<AnnualRoster> RosterAsync(IEnumerable<ActiveCustomer> customers, CancellationToken cancellationToken)
    {
        var agents = (await mediator.Send(new GetStaffCards(Role: StaffRole.Agent), cancellationToken)).OrderBy(a => a.ServiceNumber, StringComparer.Ordinal).ToList();
        var managerIds = customers.Where(c => c.Tier == 1).Select(c => c.AccountManagerId).OfType<Guid>().Distinct().ToList();
        var managers = managerIds.Count == 0 ? [] : await mediator.Send(new GetStaffCards(StaffIds: managerIds), cancellationToken);
        return new AnnualRoster(agents, managers.ToDictionary(m => m.Id));
    }

    public async Task<HashSet<Guid>> PlannedInAsync(int year, IReadOnlyCollection<Guid> customers, CancellationToken cancellationToken)
    {
        var (from, to) = (hours.StartOf(new DateOnly(year, 1, 1)), hours.StartOf(new DateOnly(year + 1, 1, 1)));
        return (await db.Callbacks.Where(c => c.Reason == CallbackReason.Annual && customers.Contains(c.CustomerId) && c.DueAt >= from && c.DueAt < to)
            .Select(c => c.CustomerId).ToListAsync(cancellationToken)).ToHashSet();
    }

    /// <summary>When each of these customers last had a callback done, for those who had one.</summary>
    public async Task<Dictionary<Guid, DateTimeOffset>> LastDoneAsync(IReadOnlyCollection<Guid> customers, CancellationToken cancellationToken) =>
        (await db.Callbacks.Where(c => customers.Contains(c.CustomerId) && c.Status == CallbackStatus.Done && c.ClosedAt != null)
            .GroupBy(c => c.CustomerId).Select(g => new { CustomerId = g.Key, Last = g.Max(c => c.ClosedAt)!.Value }).ToListAsync(cancellationToken))
        .ToDictionary(d => d.CustomerId, d => d.Last);

    public bool Throttles(Dictionary<Guid, DateTimeOffset> lastDone, Guid customer, DateOnly day) =>
        lastDone.TryGetValue(customer, out var last) && last > hours.StartOf(day).AddDays(-options.ThrottleDays);

    /// <summary>Adds the customer's annual call on <paramref name="day"/>; its clock starts with the others' in <see cref="StartClocksAsync"/>.</summary>
    public Callback Place(ActiveCustomer customer, DateOnly day, StaffCard? caller, DateTimeOffset now) =>
        scheduler.Place(new CallbackPlan(CallbackReason.Annual, null, customer.CustomerId, caller?.Id, caller?.TeamId, null, null, null, hours.EndOf(day), null), now);

    public async Task<Result> StartClocksAsync(IReadOnlyCollection<Callback> placed, DateTimeOffset now, CancellationToken cancellationToken)
    {
        if (placed.Count == 0)
        {
            return Result.Success();
        }

        var started = await mediator.Send(new StartClocksForMany(SlaWorkType.Callback, new ClockAttributes(SlaWorkType.Callback), SlaMetric.CallbackDue, now,
            placed.Select(c => new ItemDue(c.Id.Value, c.DueAt)).ToList()), cancellationToken);
        return started.IsFailure ? started.Error : Result.Success();
    }
}
