using System.Text.Json.Serialization;
using FluentValidation;
using Huiyin.BuildingBlocks.Http;
using Huiyin.BuildingBlocks.Messaging;
using Huiyin.BuildingBlocks.Results;
using Huiyin.BuildingBlocks.Security;
using Huiyin.Callbacks.Contracts;
using Huiyin.Callbacks.Domain;
using Huiyin.Callbacks.Features.Shared;
using Huiyin.Callbacks.Persistence;
using Huiyin.Sla.Contracts;
using Huiyin.Tickets.Contracts;
using MediatR;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.EntityFrameworkCore;

namespace Huiyin.Callbacks.Features.Attempts;

/// <summary>A new issue the customer raised during the call: it becomes a ticket.</summary>
internal sealed record NewIssue([property: JsonRequired] TicketCategory Category, string Description);

/// <summary>
/// Records a call. Reached needs the satisfaction (1–5) and closes the callback as done (its clock met); unreachable is tried again in
/// the next part of the day, and the third unreachable attempt closes it as unreachable (its clock stopped). Then the answer changes
/// the case (<see cref="AnswerConsequences"/>), all in one transaction.
/// </summary>
internal sealed record RecordAttempt(
    Guid Id, [property: JsonRequired] AttemptOutcome Outcome, int? Satisfaction = null, string? Comment = null, NewIssue? NewIssue = null)
    : ICommand<Result<CallbackResponse>>, IRetriedOnOutdatedCopy;

internal sealed class RecordAttemptValidator : AbstractValidator<RecordAttempt>
{
    public RecordAttemptValidator()
    {
        RuleFor(x => x.Outcome).IsInEnum();
        RuleFor(x => x.Satisfaction).NotNull().When(x => x.Outcome == AttemptOutcome.Reached)
            .WithMessage("Record the customer's satisfaction (1–5) when they were reached.").WithErrorCode("satisfaction_required");
        RuleFor(x => x.Satisfaction).Null().When(x => x.Outcome == AttemptOutcome.Unreachable)
            .WithMessage("There is no satisfaction without reaching the customer.").WithErrorCode("satisfaction_only_when_reached");
        RuleFor(x => x.Satisfaction).InclusiveBetween(1, 5);
        RuleFor(x => x.Comment).MaximumLength(2000);
        RuleFor(x => x.NewIssue!.Category).IsInEnum().OverridePropertyName("newIssue.category").When(x => x.NewIssue is not null);
        RuleFor(x => x.NewIssue!.Description).NotEmpty().MaximumLength(4000).OverridePropertyName("newIssue.description").When(x => x.NewIssue is not null);
    }
}

internal sealed class RecordAttemptHandler(
    CallbacksDbContext db, WorkingDays days, AnswerConsequences consequences, ICurrentUser user, IMediator mediator, CallHours hours, TimeProvider clock)
    : IRequestHandler<RecordAttempt, Result<CallbackResponse>>
{
    public async Task<Result<CallbackResponse>> Handle(RecordAttempt request, CancellationToken cancellationToken)
    {
        var callback = await db.Callbacks.SingleOrDefaultAsync(c => c.Id == new CallbackId(request.Id), cancellationToken);
        if (callback is null)
        {
            return Error.NotFound("Callback", request.Id);
        }

        var now = clock.GetUtcNow();
        var attempt = new CallbackAttempt
        {
            At = now, ById = user.IsApiClient ? null : user.Id, TimeOfDay = hours.PartOf(now), Outcome = request.Outcome,
            Satisfaction = request.Satisfaction, Comment = request.Comment?.Trim(), NewIssueCategory = request.NewIssue?.Category.ToString(),
            NewIssueDescription = request.NewIssue?.Description.Trim(),
        };
        var recorded = callback.Record(attempt, await days.NextTryAfterAsync(now, cancellationToken));
        if (recorded.IsFailure)
        {
            return recorded.Error;
        }

        var clockMoved = callback.Status switch
        {
            CallbackStatus.Done => await mediator.Send(new FulfilClock(SlaWorkType.Callback, callback.Id.Value, SlaMetric.CallbackDue, "reached"), cancellationToken),
            CallbackStatus.Unreachable => await mediator.Send(new StopClocks(SlaWorkType.Callback, callback.Id.Value, "unreachable"), cancellationToken),
            _ => Result.Success(),
        };
        if (clockMoved.IsFailure)
        {
            return clockMoved.Error;
        }

        if (await consequences.ApplyAsync(callback, attempt, cancellationToken) is { IsFailure: true } notApplied)
        {
            return notApplied.Error;
        }

        Publish(callback, attempt);
        await db.SaveChangesAsync(cancellationToken);
        return CallbackResponse.From(callback);
    }

    private void Publish(Callback c, CallbackAttempt attempt)
    {
        if (c.Status == CallbackStatus.Done)
        {
            db.Publish(new CallbackCompleted(c.Id.Value, c.Reason.ToString(), attempt.Outcome.ToString(), attempt.Satisfaction!.Value, attempt.Comment,
                c.ItemType?.ToString(), c.ItemId, c.CustomerId, c.RatedStaffId, attempt.ById, c.TeamId, c.SiteId, c.UnitId, c.DueAt, attempt.At <= c.DueAt,
                user.Actor, attempt.At));
        }
        else if (c.Status == CallbackStatus.Unreachable)
        {
            db.Publish(new CallbackFailed(c.Id.Value, c.Reason.ToString(), c.ItemType?.ToString(), c.ItemId, c.CustomerId, c.RatedStaffId, c.AssigneeId,
                c.TeamId, c.SiteId, c.UnitId, c.Attempts.Count, user.Actor, attempt.At));
        }
    }
}

internal static class RecordAttemptEndpoint
{
    public static void MapRecordAttempt(this IEndpointRouteBuilder callbacks) =>
        callbacks.MapPost("/{id:guid}/attempts", async (Guid id, RecordAttempt body, IMediator mediator, CancellationToken cancellationToken) =>
                (await mediator.Send(body with { Id = id }, cancellationToken)).ToHttp(callback =>
                    TypedResults.Created($"/api/v1/callbacks/{callback.Id}", callback)))
            .RequireAuthorization(CallbacksPermissions.Work)
            .WithName("RecordCallbackAttempt")
            .WithSummary("Record a call: reached with the satisfaction, or unreachable")
            .WithDescription("`Reached` needs `satisfaction` 1–5 and closes the callback as done. `Unreachable` is tried again in the next part of the day (morning → afternoon → evening → the next working morning); the third closes the callback as `Unreachable`. 409 on a callback already closed.")
            .Produces<CallbackResponse>(StatusCodes.Status201Created)
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status409Conflict);
}
