using Huiyin.BuildingBlocks.Http;
using Huiyin.Notifications.Domain.Webhooks;

namespace Huiyin.Notifications.Features.Webhooks;

/// <summary>
/// An endpoint as its owner sees it. <see cref="Secret"/> is filled only in the answers to creation and rotation, the
/// one time the secret is shown; it is kept protected and never shown again.
/// </summary>
internal sealed record WebhookResponse(
    Guid Id, string Url, [property: EnumNames(typeof(WebhookEvent))] IReadOnlyList<string> Events, string? Description, bool Enabled, WebhookDisabledReason? DisabledReason,
    DateTimeOffset? FailingSince, DateTimeOffset? PreviousSecretExpiresAt, DateTimeOffset CreatedAt, DateTimeOffset UpdatedAt, string? Secret = null)
{
    public static WebhookResponse From(WebhookEndpoint e, string? secret = null) =>
        new(e.Id.Value, e.Url, e.Events, e.Description, e.Enabled, e.DisabledReason, e.FailingSince, e.PreviousSecretExpiresAt, e.CreatedAt, e.UpdatedAt, secret);
}
