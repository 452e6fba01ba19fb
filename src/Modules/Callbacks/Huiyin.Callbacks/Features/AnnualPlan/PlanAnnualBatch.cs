using Huiyin.BuildingBlocks.Messaging;
using Huiyin.BuildingBlocks.Results;
using Huiyin.Callbacks.Domain;
using Huiyin.Callbacks.Persistence;
using Huiyin.Customers.Contracts;
using MediatR;

namespace Huiyin.Callbacks.Features.AnnualPlan;

/// <summary>The year being planned: its remaining working days and how many active customers share them.</summary>
internal sealed record AnnualPlanFrame(int Year, IReadOnlyList<DateOnly> Days, int Customers);

/// <summary>
/// How far the plan has got: the last customer looked at (registration order), their position among all, the Agents' turn, and
/// what became of the customers so far.
/// </summary>
internal sealed record AnnualPlanProgress(long AfterSequence, int Position, int Turn, int Planned, int AlreadyPlanned, int Throttled, bool Finished)
{
    public static AnnualPlanProgress Start { get; } = new(0, 0, 0, 0, 0, 0, false);
}

/// <summary>
/// Plans the next page of customers, in one transaction: customer number <c>i</c> of <c>n</c> falls on working day
/// <c>⌊i·d/n⌋</c> of <c>d</c>, so no day carries more than its share plus one. A customer planned for the year already keeps
/// their call (running the plan again doubles nothing); one called back within the throttle before their day is skipped.
/// </summary>
internal sealed record PlanAnnualBatch(AnnualPlanFrame Frame, AnnualPlanProgress Progress) : ICommand<Result<AnnualPlanProgress>>, IRetriedOnOutdatedCopy
{
    public const int Size = 1000;
}

internal sealed class PlanAnnualBatchHandler(CallbacksDbContext db, AnnualCallbacks annual, IMediator mediator, TimeProvider clock)
    : IRequestHandler<PlanAnnualBatch, Result<AnnualPlanProgress>>
{
    public async Task<Result<AnnualPlanProgress>> Handle(PlanAnnualBatch request, CancellationToken cancellationToken)
    {
        var (frame, progress) = (request.Frame, request.Progress);
        await annual.TakeTurnAsync(cancellationToken);
        var customers = await mediator.Send(new ListActiveCustomers(progress.AfterSequence, PlanAnnualBatch.Size), cancellationToken);
        if (customers.Count == 0 || frame.Days.Count == 0)
        {
            return progress with { Finished = true };
        }

        var ids = customers.Select(c => c.CustomerId).ToList();
        var planned = await annual.PlannedInAsync(frame.Year, ids, cancellationToken);
        var lastDone = await annual.LastDoneAsync(ids, cancellationToken);
        var roster = await annual.RosterAsync(customers, cancellationToken);
        var (position, turn, kept, throttled) = (progress.Position, progress.Turn, 0, 0);
        var placed = new List<Callback>();
        var now = clock.GetUtcNow();
        foreach (var customer in customers)
        {
            // Customers registered while the plan runs make the count grow; they take the last day rather than a day past it.
            var day = frame.Days[(int)Math.Min((long)position++ * frame.Days.Count / Math.Max(frame.Customers, 1), frame.Days.Count - 1)];
            if (planned.Contains(customer.CustomerId))
            {
                kept++;
                continue;
            }

            if (annual.Throttles(lastDone, customer.CustomerId, day))
            {
                throttled++;
                continue;
            }

            placed.Add(annual.Place(customer, day, roster.CallerFor(customer, ref turn), now));
        }

        var started = await annual.StartClocksAsync(placed, now, cancellationToken);
        if (started.IsFailure)
        {
            return started.Error;
        }

        await db.SaveChangesAsync(cancellationToken);
        return new AnnualPlanProgress(customers[^1].Sequence, position, turn, progress.Planned + placed.Count, progress.AlreadyPlanned + kept,
            progress.Throttled + throttled, customers.Count < PlanAnnualBatch.Size);
    }
}
