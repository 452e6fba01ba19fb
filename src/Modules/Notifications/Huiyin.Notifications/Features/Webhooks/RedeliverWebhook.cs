using Huiyin.BuildingBlocks.Http;
using Huiyin.BuildingBlocks.Messaging;
using Huiyin.BuildingBlocks.Results;
using Huiyin.Notifications.Contracts;
using Huiyin.Notifications.Domain.Webhooks;
using Huiyin.Notifications.Persistence;
using MediatR;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.EntityFrameworkCore;

namespace Huiyin.Notifications.Features.Webhooks;

/// <summary>Sends a delivery again now, with the same <c>webhook-id</c>, and gives it a fresh round of retries.</summary>
internal sealed record RedeliverWebhook(Guid Id, Guid DeliveryId) : ICommand<Result>;

internal sealed class RedeliverWebhookHandler(OwnedEndpoints owned, NotificationsDbContext db, TimeProvider clock) : IRequestHandler<RedeliverWebhook, Result>
{
    public async Task<Result> Handle(RedeliverWebhook request, CancellationToken cancellationToken)
    {
        var found = await owned.FindAsync(request.Id, cancellationToken);
        if (found.IsFailure)
        {
            return found.Error;
        }

        var deliveryId = new WebhookDeliveryId(request.DeliveryId);
        var delivery = await db.WebhookDeliveries.SingleOrDefaultAsync(d => d.Id == deliveryId && d.EndpointId == found.Value.Id, cancellationToken);
        if (delivery is null)
        {
            return Error.NotFound("Webhook delivery", request.DeliveryId);
        }

        delivery.Redeliver(clock.GetUtcNow());
        return Result.Success();
    }
}

internal static class RedeliverWebhookEndpoint
{
    public static void MapRedeliverWebhook(this IEndpointRouteBuilder webhooks) =>
        webhooks.MapPost("/{id:guid}/deliveries/{deliveryId:guid}/redeliver", async (Guid id, Guid deliveryId, IMediator mediator, CancellationToken cancellationToken) =>
                (await mediator.Send(new RedeliverWebhook(id, deliveryId), cancellationToken)).ToHttp())
            .RequireAuthorization(NotificationsPermissions.WebhooksManage)
            .WithName("RedeliverWebhook")
            .WithSummary("Send a delivery again")
            .WithDescription("Queues the delivery for the next dispatch with the same `webhook-id` and a fresh round of retries. Pending deliveries of a disabled endpoint wait until it is enabled.")
            .Produces(StatusCodes.Status204NoContent)
            .ProducesProblem(StatusCodes.Status404NotFound);
}
