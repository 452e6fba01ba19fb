using Huiyin.Notifications.Domain.Webhooks;
using Huiyin.Notifications.Persistence;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace Huiyin.Notifications.Webhooks;

/// <summary>
/// One pass of the dispatcher: claims the due deliveries of enabled endpoints with <c>FOR UPDATE SKIP LOCKED</c>, so
/// hosts running side by side never take the same row, and leases them by moving their next attempt past the attempt's
/// timeout; a host that dies mid-attempt leaves the row to be taken again when the lease runs out.
/// </summary>
internal sealed class WebhookDispatch(IServiceScopeFactory scopes, TimeProvider clock, IOptions<WebhookOptions> options)
{
    /// <summary>Attempts every delivery due now; answers how many were attempted.</summary>
    public async Task<int> DispatchDueAsync(CancellationToken cancellationToken)
    {
        var claimed = await ClaimAsync(cancellationToken);
        foreach (var id in claimed)
        {
            await using var scope = scopes.CreateAsyncScope();
            await scope.ServiceProvider.GetRequiredService<WebhookAttemptRunner>().RunAsync(new WebhookDeliveryId(id), cancellationToken);
        }

        return claimed.Count;
    }

    private async Task<List<Guid>> ClaimAsync(CancellationToken cancellationToken)
    {
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<NotificationsDbContext>();
        var now = clock.GetUtcNow();
        var lease = now + options.Value.Timeout + options.Value.LeaseMargin;
        return await db.Database.SqlQuery<Guid>($"""
            UPDATE notifications.webhook_deliveries SET next_attempt_at = {lease}
            WHERE id IN (
                SELECT d.id FROM notifications.webhook_deliveries d
                JOIN notifications.webhook_endpoints e ON e.id = d.endpoint_id
                WHERE d.status = 'Pending' AND d.next_attempt_at <= {now} AND e.enabled
                ORDER BY d.next_attempt_at
                LIMIT {options.Value.BatchSize}
                FOR UPDATE OF d SKIP LOCKED)
            RETURNING id AS "Value"
            """).ToListAsync(cancellationToken);
    }
}
