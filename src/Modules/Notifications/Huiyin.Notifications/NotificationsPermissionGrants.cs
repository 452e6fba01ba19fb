using Huiyin.Notifications.Contracts;
using Huiyin.Organization.Contracts;
using static Huiyin.Organization.Contracts.StaffRole;

namespace Huiyin.Notifications;

/// <summary>Supervisors and up (the Executive too, who reads everything) read the messages sent to customers; Admins word the templates and manage webhooks (an API client with the scope manages its own).</summary>
internal static class NotificationsPermissionGrants
{
    public static ModulePermissions All { get; } = new ModulePermissions("Notifications")
        .Grant(NotificationsPermissions.Read, Supervisor, Manager, Executive, Admin)
        .Grant(NotificationsPermissions.Manage, Admin)
        .Grant(NotificationsPermissions.WebhooksManage, Admin);
}
