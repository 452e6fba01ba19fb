using Huiyin.BuildingBlocks.Messaging;
using Huiyin.BuildingBlocks.Results;
using Huiyin.Callbacks.Domain;
using Huiyin.Callbacks.Features.Shared;
using Huiyin.Callbacks.Persistence;
using MediatR;

namespace Huiyin.Callbacks.Features;

/// <summary>Books the callback an event calls for (a resolved ticket or complaint, a visit, a move-in), unless it is booked already or throttled.</summary>
internal sealed record ScheduleCallback(CallbackPlan Plan) : ICommand<Result>, IRetriedOnOutdatedCopy;

internal sealed class ScheduleCallbackHandler(CallbacksDbContext db, CallbackScheduler scheduler) : IRequestHandler<ScheduleCallback, Result>
{
    public async Task<Result> Handle(ScheduleCallback request, CancellationToken cancellationToken)
    {
        var scheduled = await scheduler.ScheduleAsync(request.Plan, cancellationToken);
        if (scheduled.IsFailure)
        {
            return scheduled.Error;
        }

        await db.SaveChangesAsync(cancellationToken);
        return Result.Success();
    }
}

internal static class CallbackBooking
{
    /// <summary>Sends <see cref="ScheduleCallback"/> from an event handler; a refusal fails the delivery, so the event is tried again.</summary>
    public static async Task BookAsync(this IMediator mediator, CallbackPlan plan, CancellationToken cancellationToken)
    {
        var booked = await mediator.Send(new ScheduleCallback(plan), cancellationToken);
        if (booked.IsFailure)
        {
            throw new InvalidOperationException($"The {plan.Reason} callback was not booked: {booked.Error.Code} {booked.Error.Message}");
        }
    }
}
