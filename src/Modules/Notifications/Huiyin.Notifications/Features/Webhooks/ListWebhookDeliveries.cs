using Huiyin.BuildingBlocks.Http;
using Huiyin.BuildingBlocks.Messaging;
using Huiyin.BuildingBlocks.Paging;
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

/// <summary>An endpoint's latest deliveries, newest first, each with its attempts.</summary>
internal sealed record ListWebhookDeliveries(Guid Id) : IQuery<Result<ItemsResponse<WebhookDeliveryResponse>>>;

internal sealed record WebhookAttemptResponse(DateTimeOffset At, int? StatusCode, int DurationMs, string? ResponseExcerpt, string? Error);

internal sealed record WebhookDeliveryResponse(
    Guid Id, string MessageId, [property: EnumNames(typeof(WebhookEvent))] string EventType, WebhookDeliveryStatus Status, DateTimeOffset? NextAttemptAt, DateTimeOffset CreatedAt,
    IReadOnlyList<WebhookAttemptResponse> Attempts);

internal sealed class ListWebhookDeliveriesHandler(OwnedEndpoints owned, NotificationsDbContext db)
    : IRequestHandler<ListWebhookDeliveries, Result<ItemsResponse<WebhookDeliveryResponse>>>
{
    private const int Shown = 100;

    public async Task<Result<ItemsResponse<WebhookDeliveryResponse>>> Handle(ListWebhookDeliveries request, CancellationToken cancellationToken)
    {
        var found = await owned.FindAsync(request.Id, cancellationToken);
        if (found.IsFailure)
        {
            return found.Error;
        }

        var deliveries = await db.WebhookDeliveries.AsNoTracking().Include(d => d.Attempts)
            .Where(d => d.EndpointId == found.Value.Id).OrderByDescending(d => d.CreatedAt).Take(Shown).ToListAsync(cancellationToken);
        return new ItemsResponse<WebhookDeliveryResponse>(deliveries.Select(d => new WebhookDeliveryResponse(
            d.Id.Value, d.MessageId, d.EventType, d.Status, d.NextAttemptAt, d.CreatedAt,
            d.Attempts.OrderBy(a => a.Id).Select(a => new WebhookAttemptResponse(a.At, a.StatusCode, a.DurationMs, a.ResponseExcerpt, a.Error)).ToList())).ToList());
    }
}

internal static class ListWebhookDeliveriesEndpoint
{
    public static void MapListWebhookDeliveries(this IEndpointRouteBuilder webhooks) =>
        webhooks.MapGet("/{id:guid}/deliveries", async (Guid id, IMediator mediator, CancellationToken cancellationToken) =>
                (await mediator.Send(new ListWebhookDeliveries(id), cancellationToken)).ToHttp(TypedResults.Ok))
            .RequireAuthorization(NotificationsPermissions.WebhooksManage)
            .WithName("ListWebhookDeliveries")
            .WithSummary("The delivery log of an endpoint")
            .WithDescription("The latest 100 deliveries, newest first, each with its attempts: status code, duration, the first 1 KB of the answer, or the error.")
            .Produces<ItemsResponse<WebhookDeliveryResponse>>()
            .ProducesProblem(StatusCodes.Status404NotFound);
}
