using Huiyin.Notifications.Domain;
using Huiyin.Notifications.Persistence;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Huiyin.Notifications.Features.Events;

/// <summary>
/// Records a failed delivery attempt on the message. It runs in its own scope and transaction because the delivery's own
/// transaction is rolled back on failure (the outbox then retries the event with backoff, and parks it after too many tries).
/// </summary>
internal sealed class DeliveryAttempts(IServiceScopeFactory scopes)
{
    private const int MaxErrorLength = 1000;

    public async Task RecordFailureAsync(MessageId id, string error, CancellationToken cancellationToken)
    {
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<NotificationsDbContext>();
        var lastError = error.Length > MaxErrorLength ? error[..MaxErrorLength] : error;
        await db.Messages.Where(m => m.Id == id)
            .ExecuteUpdateAsync(set => set.SetProperty(m => m.Attempts, m => m.Attempts + 1).SetProperty(m => m.LastError, lastError), cancellationToken);
    }
}
