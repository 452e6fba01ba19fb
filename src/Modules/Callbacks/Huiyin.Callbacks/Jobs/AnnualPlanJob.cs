using Huiyin.Callbacks.Domain;
using Huiyin.Callbacks.Features.AnnualPlan;
using MediatR;

namespace Huiyin.Callbacks.Jobs;

/// <summary>Job <c>callbacks:annual-plan</c>, at 01:00 on 1 January at the desk: the new year's plan (<see cref="PlanAnnualCallbacks"/>).</summary>
internal sealed class AnnualPlanJob(IMediator mediator, CallHours hours, TimeProvider clock)
{
    public const string JobId = "callbacks:annual-plan";
    public const string Schedule = "0 1 1 1 *";

    public async Task RunAsync(CancellationToken cancellationToken)
    {
        var planned = await mediator.Send(new PlanAnnualCallbacks(hours.DayOf(clock.GetUtcNow()).Year), cancellationToken);
        if (planned.IsFailure)
        {
            throw new InvalidOperationException($"The annual callback plan failed: {planned.Error.Code} {planned.Error.Message}");
        }
    }
}
