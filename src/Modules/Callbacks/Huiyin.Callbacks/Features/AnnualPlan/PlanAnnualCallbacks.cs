using FluentValidation;
using Huiyin.BuildingBlocks.Auditing;
using Huiyin.BuildingBlocks.Http;
using Huiyin.BuildingBlocks.Messaging;
using Huiyin.BuildingBlocks.Results;
using Huiyin.Callbacks.Contracts;
using Huiyin.Callbacks.Domain;
using Huiyin.Callbacks.Features.Shared;
using Huiyin.Customers.Contracts;
using MediatR;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;

namespace Huiyin.Callbacks.Features.AnnualPlan;

/// <summary>
/// The annual plan (年度回访计划): every active customer called once in <c>year</c>, spread evenly over its working days still
/// ahead (from tomorrow, or from 1 January for next year). Made by the job <c>callbacks:annual-plan</c> on 1 January, or by an
/// Admin by hand; running it again plans only the customers not planned yet.
/// </summary>
internal sealed record PlanAnnualCallbacks(int Year) : ICommand<Result<AnnualPlanOutcome>>, IAuditedChange;

internal sealed record AnnualPlanOutcome(int Year, DateOnly? FirstDay, int WorkingDays, int Customers, int Planned, int AlreadyPlanned, int Throttled);

internal sealed class PlanAnnualCallbacksValidator : AbstractValidator<PlanAnnualCallbacks>
{
    public PlanAnnualCallbacksValidator(CallHours hours, TimeProvider clock) =>
        RuleFor(x => x.Year).Must(year => year == hours.DayOf(clock.GetUtcNow()).Year || year == hours.DayOf(clock.GetUtcNow()).Year + 1)
            .WithMessage("year is this year or the next.").WithErrorCode("year_out_of_range");
}

/// <summary>Each page of customers is planned in its own scope and transaction, so memory stays flat and a failure keeps the pages done.</summary>
internal sealed class PlanAnnualCallbacksHandler(IServiceScopeFactory scopes, WorkingDays workingDays, IMediator mediator, CallHours hours, TimeProvider clock)
    : IRequestHandler<PlanAnnualCallbacks, Result<AnnualPlanOutcome>>
{
    public async Task<Result<AnnualPlanOutcome>> Handle(PlanAnnualCallbacks request, CancellationToken cancellationToken)
    {
        var tomorrow = hours.DayOf(clock.GetUtcNow()).AddDays(1);
        var firstJanuary = new DateOnly(request.Year, 1, 1);
        var days = await workingDays.RestOfYearAsync(tomorrow > firstJanuary ? tomorrow : firstJanuary, cancellationToken);
        var frame = new AnnualPlanFrame(request.Year, days, await mediator.Send(new CountActiveCustomers(), cancellationToken));
        var progress = AnnualPlanProgress.Start;
        while (!progress.Finished)
        {
            await using var scope = scopes.CreateAsyncScope();
            var batch = await scope.ServiceProvider.GetRequiredService<IMediator>().Send(new PlanAnnualBatch(frame, progress), cancellationToken);
            if (batch.IsFailure)
            {
                return batch.Error;
            }

            progress = batch.Value;
        }

        return new AnnualPlanOutcome(request.Year, days.Count == 0 ? null : days[0], days.Count, frame.Customers, progress.Planned, progress.AlreadyPlanned,
            progress.Throttled);
    }
}

internal static class PlanAnnualCallbacksEndpoint
{
    public static void MapPlanAnnualCallbacks(this IEndpointRouteBuilder callbacks) =>
        callbacks.MapPost("/annual-plan", async (PlanAnnualCallbacks body, IMediator mediator, CancellationToken cancellationToken) =>
                (await mediator.Send(body, cancellationToken)).ToHttp(TypedResults.Ok))
            .RequireAuthorization(CallbacksPermissions.Plan)
            .WithName("PlanAnnualCallbacks")
            .WithSummary("Make the year's annual callback plan now")
            .WithDescription("`year` is this year or the next. Every active customer not yet planned for the year is called once on one of its working days still ahead (from tomorrow), evenly spread, assigned to the Agents in turn or to a tier-1 customer's account manager; a customer with a callback done within the throttle before their day is skipped. The job `callbacks:annual-plan` does the same on 1 January. Audited.")
            .Produces<AnnualPlanOutcome>()
            .ProducesValidationProblem();
}
