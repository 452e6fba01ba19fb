using Huiyin.Notifications.Contracts;
using Huiyin.Notifications.Features.Inbox;
using Huiyin.Notifications.Persistence;
using Huiyin.Notifications.Realtime;
using MediatR;
using Microsoft.AspNetCore.SignalR;
using Microsoft.EntityFrameworkCore;

namespace Huiyin.Notifications.Features.Events;

/// <summary>
/// Pushes committed inbox lines to their readers' connections, on whichever host they are connected to. Not idempotent on
/// purpose: a line pushed twice is recognised by its sequence number, and a push lost to a crash is found by the client's catch-up.
/// </summary>
internal sealed class PushInboxItems(NotificationsDbContext db, IHubContext<DeskHub> hub) : INotificationHandler<InboxItemsAdded>
{
    public async Task Handle(InboxItemsAdded notification, CancellationToken cancellationToken)
    {
        var items = await db.InboxItems.AsNoTracking().Where(i => notification.ItemIds.Contains(i.Id)).ToListAsync(cancellationToken);
        foreach (var item in items)
        {
            await hub.Clients.Group(DeskHub.PersonGroup(item.RecipientId)).SendAsync(DeskHub.InboxMethod, InboxItemResponse.From(item), cancellationToken);
        }
    }
}
