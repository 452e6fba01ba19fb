using System.Text.Json.Serialization;
using FluentValidation;
using Huiyin.BuildingBlocks.Messaging;
using Huiyin.BuildingBlocks.Results;
using Huiyin.BuildingBlocks.Security;
using Huiyin.Sla.Contracts;
using Huiyin.Sla.Features.Clocks;
using Huiyin.Sla.Persistence;
using MediatR;
using Microsoft.EntityFrameworkCore;

namespace Huiyin.Sla.Features.Extensions;

/// <summary>
/// An approver decides an extension once. An approval moves the resolution clock to the new due time (a clock event with the
/// reason as its cause; a paused clock runs again towards it); a refusal leaves the clock alone.
/// </summary>
internal sealed record DecideExtension(SlaWorkType ItemType, Guid ItemId, Guid ExtensionId, bool Approve, string? Note) : ICommand<Result<ExtensionResponse>>;

/// <summary>Only an optional note: anything else sent is refused (400) rather than ignored.</summary>
[JsonUnmappedMemberHandling(JsonUnmappedMemberHandling.Disallow)]
internal sealed record DecisionBody(string? Note = null);

internal sealed class DecideExtensionValidator : AbstractValidator<DecideExtension>
{
    public DecideExtensionValidator() => RuleFor(x => x.Note).MaximumLength(RequestExtensionValidator.MaxReasonLength);
}

internal sealed class DecideExtensionHandler(SlaDbContext db, ClockActions clocks, ICurrentUser user, CasePlaces places, TimeProvider clock)
    : IRequestHandler<DecideExtension, Result<ExtensionResponse>>
{
    public async Task<Result<ExtensionResponse>> Handle(DecideExtension request, CancellationToken cancellationToken)
    {
        var extension = await db.Extensions.SingleOrDefaultAsync(
            e => e.Id == request.ExtensionId && e.ItemType == request.ItemType && e.ItemId == request.ItemId, cancellationToken);
        if (extension is null)
        {
            return Error.NotFound("Extension", request.ExtensionId);
        }

        var note = string.IsNullOrWhiteSpace(request.Note) ? null : request.Note.Trim();
        var decided = extension.Decide(request.Approve, note, user.Actor, user.Id, clock.GetUtcNow());
        if (decided.IsFailure)
        {
            return decided.Error;
        }

        var dueAt = extension.DueAtWhenAsked;
        if (request.Approve)
        {
            var moved = await clocks.ApplyAsync(extension.ItemType, extension.ItemId, SlaMetric.Resolution, $"extension approved: {extension.Reason}",
                (slaClock, now, calendar) => slaClock.Extend(extension.NewDueAt, now, calendar), cancellationToken);
            if (moved.IsFailure)
            {
                return moved.Error;
            }

            dueAt = moved.Value.DueAt;
        }

        var place = await places.OfAsync(extension.ItemType, extension.ItemId, cancellationToken);
        db.Publish(new DeadlineExtensionDecided(extension.Id, extension.ItemType, extension.ItemId, request.Approve, extension.Reason, note, dueAt,
            extension.RequestedById, user.Id, extension.DecidedAt!.Value, place.TeamId, place.SiteId));
        return ExtensionResponse.From(extension);
    }
}
