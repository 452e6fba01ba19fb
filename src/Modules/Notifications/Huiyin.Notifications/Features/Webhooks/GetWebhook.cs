using Huiyin.BuildingBlocks.Http;
using Huiyin.BuildingBlocks.Messaging;
using Huiyin.BuildingBlocks.Results;
using Huiyin.Notifications.Contracts;
using MediatR;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace Huiyin.Notifications.Features.Webhooks;

/// <summary>One endpoint the current user manages.</summary>
internal sealed record GetWebhook(Guid Id) : IQuery<Result<WebhookResponse>>;

internal sealed class GetWebhookHandler(OwnedEndpoints owned) : IRequestHandler<GetWebhook, Result<WebhookResponse>>
{
    public async Task<Result<WebhookResponse>> Handle(GetWebhook request, CancellationToken cancellationToken)
    {
        var found = await owned.FindAsync(request.Id, cancellationToken);
        return found.IsSuccess ? WebhookResponse.From(found.Value) : found.Error;
    }
}

internal static class GetWebhookEndpoint
{
    public static void MapGetWebhook(this IEndpointRouteBuilder webhooks) =>
        webhooks.MapGet("/{id:guid}", async (Guid id, IMediator mediator, CancellationToken cancellationToken) =>
                (await mediator.Send(new GetWebhook(id), cancellationToken)).ToHttp(TypedResults.Ok))
            .RequireAuthorization(NotificationsPermissions.WebhooksManage)
            .WithName("GetWebhook")
            .WithSummary("A webhook endpoint and its health")
            .Produces<WebhookResponse>()
            .ProducesProblem(StatusCodes.Status404NotFound);
}
