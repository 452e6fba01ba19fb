using Huiyin.BuildingBlocks.Auditing;
using Huiyin.BuildingBlocks.Http;
using Huiyin.BuildingBlocks.Messaging;
using Huiyin.BuildingBlocks.Results;
using Huiyin.Notifications.Contracts;
using Huiyin.Notifications.Domain.Webhooks;
using Huiyin.Notifications.Webhooks;
using MediatR;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace Huiyin.Notifications.Features.Webhooks;

/// <summary>Issues a new secret, shown in this answer only; for 24 hours deliveries carry signatures by both the new and the old.</summary>
internal sealed record RotateWebhookSecret(Guid Id) : ICommand<Result<WebhookResponse>>, IAuditedChange;

internal sealed class RotateWebhookSecretHandler(OwnedEndpoints owned, WebhookSecrets secrets, TimeProvider clock)
    : IRequestHandler<RotateWebhookSecret, Result<WebhookResponse>>
{
    public async Task<Result<WebhookResponse>> Handle(RotateWebhookSecret request, CancellationToken cancellationToken)
    {
        var found = await owned.FindAsync(request.Id, cancellationToken);
        if (found.IsFailure)
        {
            return found.Error;
        }

        var secret = WebhookSecret.New();
        found.Value.Rotate(secrets.Protect(secret), clock.GetUtcNow());
        return WebhookResponse.From(found.Value, secret);
    }
}

internal static class RotateWebhookSecretEndpoint
{
    public static void MapRotateWebhookSecret(this IEndpointRouteBuilder webhooks) =>
        webhooks.MapPost("/{id:guid}/rotate-secret", async (Guid id, IMediator mediator, CancellationToken cancellationToken) =>
                (await mediator.Send(new RotateWebhookSecret(id), cancellationToken)).ToHttp(TypedResults.Ok))
            .RequireAuthorization(NotificationsPermissions.WebhooksManage)
            .WithName("RotateWebhookSecret")
            .WithSummary("Issue a new signing secret")
            .WithDescription("The new secret is in this answer only. For 24 hours `webhook-signature` carries two signatures, by the new secret and the old, separated by a space.")
            .Produces<WebhookResponse>()
            .ProducesProblem(StatusCodes.Status404NotFound);
}
