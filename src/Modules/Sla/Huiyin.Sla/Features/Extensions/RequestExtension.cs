using System.Text.Json.Serialization;
using FluentValidation;
using Huiyin.BuildingBlocks.Messaging;
using Huiyin.BuildingBlocks.Results;
using Huiyin.BuildingBlocks.Security;
using Huiyin.Sla.Contracts;
using Huiyin.Sla.Domain.Clocks;
using Huiyin.Sla.Persistence;
using MediatR;
using Microsoft.EntityFrameworkCore;

namespace Huiyin.Sla.Features.Extensions;

/// <summary>
/// The handler asks to move an item's resolution deadline to <c>newDueAt</c>, for a reason the callback will tell the customer.
/// Nothing moves until an approver decides. 409 on a resolved, closed or cancelled item, on a deadline already breached, or
/// while another request waits.
/// </summary>
internal sealed record RequestExtension(SlaWorkType ItemType, Guid ItemId, string Reason, DateTimeOffset NewDueAt) : ICommand<Result<ExtensionResponse>>;

internal sealed record ExtensionBody(string Reason, [property: JsonRequired] DateTimeOffset NewDueAt);

internal sealed class RequestExtensionValidator : AbstractValidator<RequestExtension>
{
    public const int MaxReasonLength = 1000;

    public RequestExtensionValidator(TimeProvider clock)
    {
        RuleFor(x => x.Reason).NotEmpty().WithMessage("Say why more time is needed: the callback tells the customer.").MaximumLength(MaxReasonLength);
        RuleFor(x => x.NewDueAt).Must(due => due > clock.GetUtcNow()).WithMessage("newDueAt must lie in the future.").WithErrorCode("extension_due_in_past");
    }
}

internal sealed class RequestExtensionHandler(SlaDbContext db, ICurrentUser user, CasePlaces places, TimeProvider clock)
    : IRequestHandler<RequestExtension, Result<ExtensionResponse>>
{
    public async Task<Result<ExtensionResponse>> Handle(RequestExtension request, CancellationToken cancellationToken)
    {
        var resolution = await db.Clocks.SingleOrDefaultAsync(
            c => c.ItemType == request.ItemType && c.ItemId == request.ItemId && c.Metric == SlaMetric.Resolution, cancellationToken);
        if (resolution is null)
        {
            return Error.NotFound(request.ItemType.ToString(), request.ItemId);
        }

        if (resolution.Status is not (ClockStatus.Running or ClockStatus.Paused))
        {
            return Error.IllegalTransition("request-extension", resolution.Status.ToString(), []);
        }

        if (resolution.BreachedAt is not null)
        {
            return Error.Conflict("deadline_breached", "The deadline has already passed; an extension is asked before it does.");
        }

        if (request.NewDueAt <= resolution.DueAt)
        {
            return Error.Validation("before_current_due", "newDueAt", "newDueAt must lie after the current due time.",
                new Dictionary<string, object?> { ["dueAt"] = resolution.DueAt });
        }

        if (await db.Extensions.AnyAsync(e => e.ClockId == resolution.Id && e.State == ExtensionState.Requested, cancellationToken))
        {
            return Error.Conflict("extension_pending", "An extension of this deadline already waits for a decision.");
        }

        var now = clock.GetUtcNow();
        var extension = ClockExtension.Ask(resolution, request.Reason.Trim(), request.NewDueAt.ToUniversalTime(), user.Actor, user.Id, now);
        db.Extensions.Add(extension);
        var place = await places.OfAsync(extension.ItemType, extension.ItemId, cancellationToken);
        db.Publish(new DeadlineExtensionRequested(extension.Id, extension.ItemType, extension.ItemId, extension.Reason, extension.DueAtWhenAsked,
            extension.NewDueAt, user.Id, now, place.TeamId, place.SiteId));
        return ExtensionResponse.From(extension);
    }
}
