using FluentValidation;
using Huiyin.BuildingBlocks.Http;
using Huiyin.BuildingBlocks.Messaging;
using Huiyin.BuildingBlocks.Results;
using Huiyin.BuildingBlocks.Security;
using Huiyin.Facilities.Contracts;
using Huiyin.Facilities.Domain;
using Huiyin.Facilities.Domain.Notices;
using Huiyin.Facilities.Persistence;
using MediatR;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.EntityFrameworkCore;

namespace Huiyin.Facilities.Features.Notices;

/// <summary>Records the receipts of many units of a notice at once (a stack of signed letters, a round of postings): all of them, or none when one is not the notice's.</summary>
internal sealed record AcknowledgeDeliveries(Guid NoticeId, IReadOnlyList<Guid> UnitIds) : ICommand<Result<AcknowledgedDeliveriesResponse>>
{
    public const int MostUnits = 500;
}

/// <summary>The deliveries acknowledged now, and those of the units asked for that had been acknowledged before, left as they were.</summary>
internal sealed record AcknowledgedDeliveriesResponse(IReadOnlyList<DeliveryResponse> Acknowledged, IReadOnlyList<DeliveryResponse> AlreadyAcknowledged);

internal sealed class AcknowledgeDeliveriesValidator : AbstractValidator<AcknowledgeDeliveries>
{
    public AcknowledgeDeliveriesValidator()
    {
        RuleFor(x => x.UnitIds).NotEmpty();
        RuleFor(x => x.UnitIds.Count).LessThanOrEqualTo(AcknowledgeDeliveries.MostUnits).When(x => x.UnitIds is not null).OverridePropertyName("unitIds");
    }
}

internal sealed class AcknowledgeDeliveriesHandler(FacilitiesDbContext db, ICurrentUser user, TimeProvider clock)
    : IRequestHandler<AcknowledgeDeliveries, Result<AcknowledgedDeliveriesResponse>>
{
    public async Task<Result<AcknowledgedDeliveriesResponse>> Handle(AcknowledgeDeliveries request, CancellationToken cancellationToken)
    {
        var noticeId = new NoticeId(request.NoticeId);
        if (!await db.Notices.AnyAsync(n => n.Id == noticeId, cancellationToken))
        {
            return Error.NotFound("Notice", request.NoticeId);
        }

        var unitIds = request.UnitIds.Distinct().Select(id => new UnitId(id)).ToList();
        var rows = await db.NoticeDeliveries.Where(d => d.NoticeId == noticeId && unitIds.Contains(d.UnitId))
            .Join(db.Units.IgnoreAutoIncludes(), d => d.UnitId, u => u.Id, (d, u) => new { Delivery = d, u.Label })
            .OrderBy(row => row.Label).ToListAsync(cancellationToken);
        if (rows.Count < unitIds.Count)
        {
            var missing = string.Join(", ", unitIds.Except(rows.Select(row => row.Delivery.UnitId)).Select(u => u.Value));
            return Error.Validation("delivery_not_in_notice", "unitIds", $"The notice did not reach these units: {missing}.", new Dictionary<string, object?> { ["units"] = missing });
        }

        var before = rows.Where(row => row.Delivery.AcknowledgedAt is not null).ToList();
        var now = rows.Except(before).ToList();
        now.ForEach(row => row.Delivery.Acknowledge(clock.GetUtcNow(), user.IsApiClient ? null : user.Id, user.Actor));
        await db.SaveChangesAsync(cancellationToken);
        return new AcknowledgedDeliveriesResponse(
            now.Select(row => DeliveryResponse.From(row.Delivery, row.Label)).ToList(), before.Select(row => DeliveryResponse.From(row.Delivery, row.Label)).ToList());
    }
}

internal static class AcknowledgeDeliveriesEndpoint
{
    public static void MapAcknowledgeDeliveries(this IEndpointRouteBuilder notices) =>
        notices.MapPost("/{id:guid}/deliveries/acknowledge", async (Guid id, UnitIdsBody body, IMediator mediator, CancellationToken cancellationToken) =>
                (await mediator.Send(new AcknowledgeDeliveries(id, body.UnitIds ?? []), cancellationToken)).ToHttp(TypedResults.Ok))
            .RequireAuthorization(FacilitiesPermissions.Occupancy)
            .WithName("AcknowledgeNoticeDeliveries")
            .WithSummary("Record that many units acknowledged a notice at once")
            .WithDescription("`unitIds`: 1–500 units the notice reached. Each not yet acknowledged is acknowledged by the caller now; those acknowledged before are listed " +
                "under `alreadyAcknowledged` and left as they were. A unit the notice did not reach is a 400 naming `unitIds` and records nothing. An unknown notice is a 404.")
            .Produces<AcknowledgedDeliveriesResponse>()
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status404NotFound);
}

/// <summary>The units whose receipts are recorded.</summary>
internal sealed record UnitIdsBody(IReadOnlyList<Guid>? UnitIds);
