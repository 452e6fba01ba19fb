using Huiyin.BuildingBlocks.Results;
using Huiyin.BuildingBlocks.Security;
using Huiyin.Notifications.Domain.Webhooks;
using Huiyin.Notifications.Persistence;
using Microsoft.EntityFrameworkCore;

namespace Huiyin.Notifications.Features.Webhooks;

/// <summary>
/// The endpoints the current user may manage: an API client its own only, staff (Admins) every one. Another client's
/// endpoint is not found rather than forbidden, so its existence is not disclosed.
/// </summary>
internal sealed class OwnedEndpoints(NotificationsDbContext db, ICurrentUser user)
{
    public IQueryable<WebhookEndpoint> Query() =>
        user.IsApiClient ? db.WebhookEndpoints.Where(e => e.Owner == user.Actor) : db.WebhookEndpoints;

    public async Task<Result<WebhookEndpoint>> FindAsync(Guid id, CancellationToken cancellationToken)
    {
        var endpointId = new WebhookEndpointId(id);
        var endpoint = await Query().SingleOrDefaultAsync(e => e.Id == endpointId, cancellationToken);
        return endpoint is null ? Error.NotFound("Webhook endpoint", id) : endpoint;
    }
}
