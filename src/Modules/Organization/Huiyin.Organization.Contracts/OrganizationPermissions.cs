namespace Huiyin.Organization.Contracts;

/// <summary>The Organization module's permissions: policies on its endpoints, claims in tokens, scopes of API clients.</summary>
public static class OrganizationPermissions
{
    public const string StaffRead = "staff:read";
    public const string StaffManage = "staff:manage";
    public const string TeamsManage = "teams:manage";
    public const string ApiClientsManage = "api-clients:manage";
    public const string SystemAdmin = "system:admin";
    public const string AuditRead = "audit:read";
}
