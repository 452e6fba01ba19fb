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

/// <summary>Records that a unit acknowledged a notice: posted at its building, or the letter signed for by the resident (回执).</summary>
internal sealed record AcknowledgeDelivery(Guid NoticeId, Guid UnitId) : ICommand<Result<DeliveryResponse>>;

internal sealed class AcknowledgeDeliveryHandler(FacilitiesDbContext db, ICurrentUser user, TimeProvider clock) : IRequestHandler<AcknowledgeDelivery, Result<DeliveryResponse>>
{
    public async Task<Result<DeliveryResponse>> Handle(AcknowledgeDelivery request, CancellationToken cancellationToken)
    {
        var (noticeId, unitId) = (new NoticeId(request.NoticeId), new UnitId(request.UnitId));
        var delivery = await db.NoticeDeliveries.SingleOrDefaultAsync(d => d.NoticeId == noticeId && d.UnitId == unitId, cancellationToken);
        if (delivery is null)
        {
            return Error.NotFound("NoticeDelivery", request.UnitId);
        }

        var acknowledged = delivery.Acknowledge(clock.GetUtcNow(), user.IsApiClient ? null : user.Id, user.Actor);
        if (acknowledged.IsFailure)
        {
            return acknowledged.Error;
        }

        await db.SaveChangesAsync(cancellationToken);
        var label = await db.Units.IgnoreAutoIncludes().Where(u => u.Id == unitId).Select(u => u.Label).SingleAsync(cancellationToken);
        return DeliveryResponse.From(delivery, label);
    }
}

internal static class AcknowledgeDeliveryEndpoint
{
    public static void MapAcknowledgeDelivery(this IEndpointRouteBuilder notices) =>
        notices.MapPost("/{id:guid}/deliveries/{unitId:guid}/acknowledge", async (Guid id, Guid unitId, IMediator mediator, CancellationToken cancellationToken) =>
                (await mediator.Send(new AcknowledgeDelivery(id, unitId), cancellationToken)).ToHttp(TypedResults.Ok))
            .RequireAuthorization(FacilitiesPermissions.Occupancy)
            .WithName("AcknowledgeNoticeDelivery")
            .WithSummary("Record that a unit acknowledged a notice (posted, or the letter signed for)")
            .WithDescription("Records who (the caller) and when. A unit the notice did not reach is a 404; acknowledging the same unit twice is a 409 `delivery_acknowledged`.")
            .Produces<DeliveryResponse>()
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status409Conflict);
}
