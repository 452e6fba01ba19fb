using Huiyin.BuildingBlocks.Http;
using Huiyin.BuildingBlocks.Messaging;
using Huiyin.BuildingBlocks.Paging;
using Huiyin.BuildingBlocks.Results;
using Huiyin.Notifications.Contracts;
using MediatR;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.EntityFrameworkCore;

namespace Huiyin.Notifications.Features.Webhooks;

/// <summary>The endpoints the current user manages, oldest first.</summary>
internal sealed record ListWebhooks : IQuery<Result<ItemsResponse<WebhookResponse>>>;

internal sealed class ListWebhooksHandler(OwnedEndpoints owned) : IRequestHandler<ListWebhooks, Result<ItemsResponse<WebhookResponse>>>
{
    public async Task<Result<ItemsResponse<WebhookResponse>>> Handle(ListWebhooks request, CancellationToken cancellationToken)
    {
        var endpoints = await owned.Query().AsNoTracking().OrderBy(e => e.CreatedAt).ToListAsync(cancellationToken);
        return new ItemsResponse<WebhookResponse>(endpoints.Select(e => WebhookResponse.From(e)).ToList());
    }
}

internal static class ListWebhooksEndpoint
{
    public static void MapListWebhooks(this IEndpointRouteBuilder webhooks) =>
        webhooks.MapGet("/", async (IMediator mediator, CancellationToken cancellationToken) =>
                (await mediator.Send(new ListWebhooks(), cancellationToken)).ToHttp(TypedResults.Ok))
            .RequireAuthorization(NotificationsPermissions.WebhooksManage)
            .WithName("ListWebhooks")
            .WithSummary("The webhook endpoints you manage")
            .WithDescription("An API client sees its own endpoints; an Admin sees every one.")
            .Produces<ItemsResponse<WebhookResponse>>();
}
