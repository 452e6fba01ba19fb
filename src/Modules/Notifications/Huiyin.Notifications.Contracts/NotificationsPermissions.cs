namespace Huiyin.Notifications.Contracts;

/// <summary>The Notifications module's permissions: policies on its endpoints, claims in tokens, scopes of API clients.</summary>
public static class NotificationsPermissions
{
    public const string Read = "notifications:read";
    public const string Manage = "notifications:manage";
    public const string WebhooksManage = "webhooks:manage";
}
