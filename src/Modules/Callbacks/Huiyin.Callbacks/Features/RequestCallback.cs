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
using Huiyin.Customers.Contracts;
using MediatR;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace Huiyin.Callbacks.Features;

/// <summary>The customer asked to be called back with an answer at a time (预约回复时间): booked by hand, for the caller unless another is named.</summary>
internal sealed record RequestCallback(
    Guid CustomerId, [property: JsonRequired] CallbackReason Reason, DateTimeOffset DueAt, Guid? AssigneeId = null, string? Note = null)
    : ICommand<Result<Versioned<CallbackResponse>>>, IRetriedOnOutdatedCopy;

internal sealed class RequestCallbackValidator : AbstractValidator<RequestCallback>
{
    public RequestCallbackValidator(TimeProvider clock)
    {
        RuleFor(x => x.CustomerId).NotEmpty();
        RuleFor(x => x.Reason).Equal(CallbackReason.Requested).WithMessage("Only a callback the customer asked for (Requested) is booked by hand.")
            .WithErrorCode("only_requested_by_hand");
        RuleFor(x => x.DueAt).GreaterThan(_ => clock.GetUtcNow()).WithMessage("dueAt must be in the future.").WithErrorCode("due_in_past");
        RuleFor(x => x.Note).MaximumLength(1000);
    }
}

internal sealed class RequestCallbackHandler(CallbacksDbContext db, CallbackScheduler scheduler, ICurrentUser user, IMediator mediator)
    : IRequestHandler<RequestCallback, Result<Versioned<CallbackResponse>>>
{
    public async Task<Result<Versioned<CallbackResponse>>> Handle(RequestCallback request, CancellationToken cancellationToken)
    {
        if (await mediator.Send(new GetCustomerSummary(request.CustomerId), cancellationToken) is not { Archived: false })
        {
            return Error.Validation("unknown_customer", "customerId", "There is no active customer with this id.");
        }

        var assignee = request.AssigneeId ?? (user.IsApiClient ? null : user.Id);
        var scheduled = await scheduler.ScheduleAsync(
            new CallbackPlan(CallbackReason.Requested, null, request.CustomerId, assignee, null, null, null, null, request.DueAt, request.Note?.Trim()),
            cancellationToken);
        if (scheduled.IsFailure)
        {
            return scheduled.Error;
        }

        await db.SaveChangesAsync(cancellationToken);
        var callback = scheduled.Value!;
        return new Versioned<CallbackResponse>(CallbackResponse.From(callback), callback.Version);
    }
}

internal static class RequestCallbackEndpoint
{
    public static void MapRequestCallback(this IEndpointRouteBuilder callbacks) =>
        callbacks.MapPost("/", async (RequestCallback body, HttpResponse response, IMediator mediator, CancellationToken cancellationToken) =>
                (await mediator.Send(body, cancellationToken)).ToHttp(created =>
                {
                    ETags.Set(response, created.Version);
                    return TypedResults.Created($"/api/v1/callbacks/{created.Resource.Id}", created.Resource);
                }))
            .RequireAuthorization(CallbacksPermissions.Work)
            .WithName("RequestCallback")
            .WithSummary("Book a callback the customer asked for")
            .WithDescription("`reason` must be `Requested`; `dueAt` in the future; assigned to the caller unless `assigneeId` names another. Its deadline clock starts due at `dueAt`. Takes `Idempotency-Key`.")
            .Produces<CallbackResponse>(StatusCodes.Status201Created)
            .ProducesValidationProblem();
}
