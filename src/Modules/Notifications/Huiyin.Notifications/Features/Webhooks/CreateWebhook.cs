using FluentValidation;
using Huiyin.BuildingBlocks.Auditing;
using Huiyin.BuildingBlocks.Http;
using Huiyin.BuildingBlocks.Messaging;
using Huiyin.BuildingBlocks.Results;
using Huiyin.BuildingBlocks.Security;
using Huiyin.Notifications.Contracts;
using Huiyin.Notifications.Domain.Webhooks;
using Huiyin.Notifications.Persistence;
using Huiyin.Notifications.Webhooks;
using MediatR;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.Options;

namespace Huiyin.Notifications.Features.Webhooks;

internal sealed record CreateWebhook(string Url, [property: EnumNames(typeof(WebhookEvent))] IReadOnlyList<string> Events, string? Description) : ICommand<Result<WebhookResponse>>, IAuditedChange;

internal sealed class CreateWebhookValidator : AbstractValidator<CreateWebhook>
{
    public CreateWebhookValidator(IOptions<WebhookOptions> options)
    {
        RuleFor(x => x.Url).NotEmpty().MaximumLength(WebhookRules.MaxUrlLength)
            .Must(WebhookRules.IsAbsoluteHttp).WithMessage("url must be an absolute http or https URL without credentials.").WithErrorCode("webhook_url")
            .Must(url => options.Value.AllowPrivateTargets || !WebhookRules.NamesPrivateTarget(url))
            .WithMessage("url may not point at this host or a private network.").WithErrorCode("webhook_private_target");
        RuleFor(x => x.Events).NotEmpty().WithMessage("Subscribe to at least one event.");
        RuleForEach(x => x.Events).Must(WebhookEventNames.IsKnown)
            .WithMessage($"'{{PropertyValue}}' is not an event. Use one of: {string.Join(", ", WebhookEventNames.All)}.").WithErrorCode("unknown_event");
        RuleFor(x => x.Description).MaximumLength(WebhookRules.MaxDescriptionLength);
    }
}

/// <summary>Registers an endpoint for the current API client or staff member, with a new secret shown only in this answer.</summary>
internal sealed class CreateWebhookHandler(NotificationsDbContext db, WebhookSecrets secrets, ICurrentUser user, TimeProvider clock)
    : IRequestHandler<CreateWebhook, Result<WebhookResponse>>
{
    public Task<Result<WebhookResponse>> Handle(CreateWebhook request, CancellationToken cancellationToken)
    {
        var secret = WebhookSecret.New();
        var endpoint = WebhookEndpoint.Register(
            user.Actor, request.Url.Trim(), request.Events, request.Description?.Trim(), secrets.Protect(secret), clock.GetUtcNow());
        db.WebhookEndpoints.Add(endpoint);
        return Task.FromResult<Result<WebhookResponse>>(WebhookResponse.From(endpoint, secret));
    }
}

internal static class CreateWebhookEndpoint
{
    public static void MapCreateWebhook(this IEndpointRouteBuilder webhooks) =>
        webhooks.MapPost("/", async (CreateWebhook request, IMediator mediator, CancellationToken cancellationToken) =>
                (await mediator.Send(request, cancellationToken)).ToHttp(created => TypedResults.Created($"/api/v1/webhooks/{created.Id}", created)))
            .RequireAuthorization(NotificationsPermissions.WebhooksManage)
            .WithName("CreateWebhook")
            .WithSummary("Subscribe a URL to events")
            .WithDescription("The answer carries the endpoint's signing secret (`whsec_…`), shown only here. Deliveries are signed per Standard Webhooks.")
            .Produces<WebhookResponse>(StatusCodes.Status201Created)
            .ProducesValidationProblem();
}
