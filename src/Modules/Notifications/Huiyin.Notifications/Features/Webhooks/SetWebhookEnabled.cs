using Huiyin.BuildingBlocks.Auditing;
using Huiyin.BuildingBlocks.Http;
using Huiyin.BuildingBlocks.Messaging;
using Huiyin.BuildingBlocks.Results;
using Huiyin.Notifications.Contracts;
using Huiyin.Notifications.Domain.Webhooks;
using MediatR;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace Huiyin.Notifications.Features.Webhooks;

/// <summary>Switches an endpoint off (its pending deliveries wait) or on again (they go out, and its failure count starts afresh).</summary>
internal sealed record SetWebhookEnabled(Guid Id, bool Enabled) : ICommand<Result<WebhookResponse>>, IAuditedChange;

internal sealed class SetWebhookEnabledHandler(OwnedEndpoints owned, TimeProvider clock) : IRequestHandler<SetWebhookEnabled, Result<WebhookResponse>>
{
    public async Task<Result<WebhookResponse>> Handle(SetWebhookEnabled request, CancellationToken cancellationToken)
    {
        var found = await owned.FindAsync(request.Id, cancellationToken);
        if (found.IsFailure)
        {
            return found.Error;
        }

        var endpoint = found.Value;
        var now = clock.GetUtcNow();
        var changed = request.Enabled ? endpoint.Enable(now) : endpoint.Disable(WebhookDisabledReason.ByOwner, now);
        return changed.IsSuccess ? WebhookResponse.From(endpoint) : changed.Error;
    }
}

internal static class SetWebhookEnabledEndpoint
{
    public static void MapSetWebhookEnabled(this IEndpointRouteBuilder webhooks)
    {
        webhooks.MapDelete("/{id:guid}", async (Guid id, IMediator mediator, CancellationToken cancellationToken) =>
                (await mediator.Send(new SetWebhookEnabled(id, false), cancellationToken)).ToHttp(TypedResults.Ok))
            .RequireAuthorization(NotificationsPermissions.WebhooksManage)
            .WithName("DisableWebhook")
            .WithSummary("Stop delivering to an endpoint")
            .WithDescription("The endpoint and its delivery log are kept; pending deliveries wait until it is enabled again. 409 when already disabled.")
            .Produces<WebhookResponse>()
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status409Conflict);

        webhooks.MapPost("/{id:guid}/enable", async (Guid id, IMediator mediator, CancellationToken cancellationToken) =>
                (await mediator.Send(new SetWebhookEnabled(id, true), cancellationToken)).ToHttp(TypedResults.Ok))
            .RequireAuthorization(NotificationsPermissions.WebhooksManage)
            .WithName("EnableWebhook")
            .WithSummary("Deliver to a disabled endpoint again")
            .WithDescription("409 when already enabled.")
            .Produces<WebhookResponse>()
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status409Conflict);
    }
}
